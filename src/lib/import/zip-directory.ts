// The directory of a zip file (xlsx and ods are zips), read from its bytes without unpacking anything:
// the End Of Central Directory record, each central directory entry and the local header it points to.
// It reads the fields the way SheetJS reads them (entry names and sizes from the local header, ZIP64 sizes
// wherever they appear), so that what is checked here is what SheetJS will unpack.

export interface ZipEntry {
	/** The name in the local header (the one SheetJS uses). */
	name: string;
	/** 0 stored, 8 deflated (the local header's). */
	method: number;
	/** Compressed bytes: the larger of what the central directory and the local header say. */
	compressedSize: number;
	/** The largest uncompressed size any header declares (SheetJS allocates what the local one says). */
	declaredSize: number;
	/** Where the entry's compressed bytes start. */
	dataOffset: number;
}

export class ZipFormatError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

function findEocd(bytes: Uint8Array): number {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const last = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
	for (let i = bytes.length - EOCD_SIZE; i >= last; i--) {
		if (view.getUint32(i, true) === EOCD) return i;
	}
	return -1;
}

/** Every entry of the zip's central directory; throws ZipFormatError where the structure does not hold. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const eocd = findEocd(bytes);
	if (eocd < 0) throw new ZipFormatError('no end of central directory');
	const count = view.getUint16(eocd + 8, true);
	if (count !== view.getUint16(eocd + 10, true)) throw new ZipFormatError('a multi-disk zip');
	let at = view.getUint32(eocd + 16, true);
	if (count === 0xffff || at === 0xffffffff) throw new ZipFormatError('a ZIP64 directory');

	const need = (offset: number, length: number) => {
		if (offset + length > bytes.length) throw new ZipFormatError('an entry runs past the end of the file');
	};
	const entries: ZipEntry[] = [];
	for (let i = 0; i < count; i++) {
		need(at, 46);
		if (view.getUint32(at, true) !== CENTRAL) throw new ZipFormatError(`entry ${i} has no signature`);
		const nameLength = view.getUint16(at + 28, true);
		const extraLength = view.getUint16(at + 30, true);
		const commentLength = view.getUint16(at + 32, true);
		need(at + 46, nameLength + extraLength + commentLength);
		const central = zip64Sizes(bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
		const local = readLocalHeader(bytes, view, view.getUint32(at + 42, true));
		const compressedSize = Math.max(view.getUint32(at + 20, true), central.compressed, local.compressed);
		const centralSize = Math.max(view.getUint32(at + 24, true), central.size);
		need(local.dataOffset, compressedSize);
		entries.push({
			name: local.name,
			method: local.method,
			compressedSize,
			declaredSize: Math.max(centralSize, local.size),
			dataOffset: local.dataOffset
		});
		at += 46 + nameLength + extraLength + commentLength;
	}
	return entries;
}

function readLocalHeader(bytes: Uint8Array, view: DataView, at: number) {
	if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) {
		throw new ZipFormatError('an entry points at no local header');
	}
	const nameLength = view.getUint16(at + 26, true);
	const extraLength = view.getUint16(at + 28, true);
	const dataOffset = at + 30 + nameLength + extraLength;
	if (dataOffset > bytes.length) throw new ZipFormatError('a local header runs past the end of the file');
	const extra = zip64Sizes(bytes.subarray(at + 30 + nameLength, dataOffset));
	return {
		// SheetJS reads names byte by byte (Latin-1); the same here, so the names compare alike.
		name: String.fromCharCode(...bytes.subarray(at + 30, at + 30 + nameLength)),
		method: view.getUint16(at + 8, true),
		size: Math.max(view.getUint32(at + 22, true), extra.size),
		compressed: Math.max(view.getUint32(at + 18, true), extra.compressed),
		dataOffset
	};
}

/** The sizes of a ZIP64 extra field (0x0001) where there is one, as SheetJS reads them: both, always. */
function zip64Sizes(extra: Uint8Array): { size: number; compressed: number } {
	const view = new DataView(extra.buffer, extra.byteOffset, extra.byteLength);
	let size = 0;
	let compressed = 0;
	for (let at = 0; at + 4 <= extra.length;) {
		const type = view.getUint16(at, true);
		const length = view.getUint16(at + 2, true);
		if (type === 0x0001) {
			const u64 = (offset: number) =>
				offset + 8 <= extra.length
					? view.getUint32(offset, true) + view.getUint32(offset + 4, true) * 2 ** 32
					: 0;
			size = u64(at + 4);
			compressed = u64(at + 12);
		}
		at += 4 + length;
	}
	return { size, compressed };
}
