// A workbook is checked before SheetJS opens it: SheetJS unpacks every part of a zip at once, trusting the
// sizes its headers declare, so a small file can expand past what a tab can hold. Here the zip's directory
// is read, the declared sizes are checked, and every part is unpacked once by the browser's own inflater,
// counting bytes and cells and stopping at the first limit passed: a directory that lies about sizes stops
// here too. Legacy .xls files are not zips and hold no compressed parts: their size limit is enough.
import { CellCounter } from './cell-counter';
import {
	MAX_WORKBOOK_CELLS,
	MAX_WORKBOOK_PART_BYTES,
	MAX_WORKBOOK_PARTS,
	MAX_WORKBOOK_UNPACKED_BYTES
} from './limits';
import { readZipDirectory, ZipFormatError, type ZipEntry } from './zip-directory';

/** A workbook past a limit: which limit, and the part that passed it (its name and size so far). */
export class WorkbookLimitError extends Error {
	constructor(
		readonly limit: 'parts' | 'part_bytes' | 'unpacked_bytes' | 'cells',
		readonly part = '',
		readonly amount = 0
	) {
		super(`${limit}${part ? ` at ${part}` : ''}: ${amount}`);
	}
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const STORED = 0;
const DEFLATED = 8;

/** Throws WorkbookLimitError past a limit, ZipFormatError for a zip that does not hold together. */
export async function checkWorkbook(bytes: Uint8Array): Promise<void> {
	if (!ZIP.every((b, i) => bytes[i] === b)) return;
	const entries = readZipDirectory(bytes);
	if (entries.length > MAX_WORKBOOK_PARTS) throw new WorkbookLimitError('parts', '', entries.length);
	let declared = 0;
	for (const entry of entries) {
		if (entry.method !== STORED && entry.method !== DEFLATED) {
			throw new ZipFormatError(`${entry.name}: compression method ${entry.method}`);
		}
		if (entry.declaredSize > MAX_WORKBOOK_PART_BYTES) {
			throw new WorkbookLimitError('part_bytes', entry.name, entry.declaredSize);
		}
		declared += entry.declaredSize;
		if (declared > MAX_WORKBOOK_UNPACKED_BYTES) {
			throw new WorkbookLimitError('unpacked_bytes', entry.name, declared);
		}
	}
	const counter = new CellCounter();
	let unpacked = 0;
	for (const entry of entries) {
		const decoder = new TextDecoder();
		let size = 0;
		for await (const piece of unpack(bytes, entry)) {
			size += piece.length;
			unpacked += piece.length;
			if (size > MAX_WORKBOOK_PART_BYTES) throw new WorkbookLimitError('part_bytes', entry.name, size);
			if (unpacked > MAX_WORKBOOK_UNPACKED_BYTES) {
				throw new WorkbookLimitError('unpacked_bytes', entry.name, unpacked);
			}
			counter.push(decoder.decode(piece, { stream: true }));
			if (counter.cells > MAX_WORKBOOK_CELLS)
				throw new WorkbookLimitError('cells', entry.name, counter.cells);
		}
		counter.push(decoder.decode());
	}
	const cells = counter.end();
	if (cells > MAX_WORKBOOK_CELLS) throw new WorkbookLimitError('cells', '', cells);
}

/**
 * The unpacked bytes of a part, in pieces. A deflated part must end within its compressed size (SheetJS
 * reads the stream to its end, so one that runs on is refused rather than measured short).
 */
async function* unpack(bytes: Uint8Array, entry: ZipEntry): AsyncGenerator<Uint8Array> {
	const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
	if (entry.method === STORED) {
		yield data;
		return;
	}
	const reader = new Blob([data as Uint8Array<ArrayBuffer>])
		.stream()
		.pipeThrough(new DecompressionStream('deflate-raw'))
		.getReader();
	try {
		for (;;) {
			let result: ReadableStreamReadResult<Uint8Array>;
			try {
				result = await reader.read();
			} catch (error) {
				throw new ZipFormatError(`${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
			}
			if (result.done) return;
			yield result.value;
		}
	} finally {
		// Stops the inflater when a limit was passed mid-part.
		await reader.cancel().catch(() => {});
	}
}
