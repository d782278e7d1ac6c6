// The parsing worker: reads the file the user chose, keeps its table, and validates it against a mapping,
// all off the main thread so that a large file never freezes the page. Nothing here touches the network.
import { createProvinceMatcher } from './match-province';
import { MAX_LISTED_REJECTED, SHOWN_REJECTED } from './limits';
import { ImportError } from './import-error';
import {
	inspectSource,
	openBytes,
	sizeLimit,
	validateSource,
	type OpenedFile,
	type TableSource
} from './open-file';
import { sniffKind } from './decode';
import type { ProgressPhase, Request, Response } from './protocol';

let opened: OpenedFile | null = null;
let source: TableSource | null = null;

const post = (message: Response) => self.postMessage(message);

function progressOf(id: number, phase: ProgressPhase) {
	let last = -1;
	return (fraction: number) => {
		const rounded = Math.floor(fraction * 100);
		if (rounded !== last) {
			last = rounded;
			post({ id, type: 'progress', phase, fraction });
		}
	};
}

/** The file's bytes, read in chunks with progress; refused before reading when it is over the limit. */
async function readFile(id: number, file: File): Promise<Uint8Array> {
	if (file.size === 0) throw new ImportError('empty');
	const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
	if (file.size > sizeLimit(sniffKind(head, file.name) === 'workbook')) throw new ImportError('too_large');
	const bytes = new Uint8Array(file.size);
	const reader = file.stream().getReader();
	const progress = progressOf(id, 'reading');
	let offset = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		bytes.set(value.subarray(0, Math.max(0, bytes.length - offset)), offset);
		offset += value.length;
		progress(Math.min(1, offset / bytes.length));
	}
	return bytes;
}

function inspect(id: number, sheet: string | null) {
	if (!opened) throw new ImportError('read_failed', 'no file');
	const name = opened.format === 'workbook' ? (sheet ?? opened.defaultSheet) : null;
	source = opened.source(name);
	const inspection = inspectSource(source, progressOf(id, 'parsing'));
	post({
		id,
		type: 'opened',
		result: {
			...inspection,
			format: opened.format,
			encoding: opened.encoding,
			delimiter: opened.delimiter,
			sheets: opened.sheets,
			sheet: name
		}
	});
}

async function handle(request: Request): Promise<void> {
	const { id } = request;
	if (request.type === 'open') {
		opened = null;
		source = null;
		const bytes = await readFile(id, request.file);
		post({ id, type: 'progress', phase: 'parsing', fraction: 0 });
		opened = await openBytes(bytes, request.file.name);
		inspect(id, null);
	} else if (request.type === 'sheet') {
		inspect(id, request.sheet);
	} else {
		if (!source) throw new ImportError('read_failed', 'no file');
		const match = createProvinceMatcher(request.provinces);
		const result = validateSource(
			source,
			request.header,
			request.mapping,
			match,
			{
				assigned: request.assigned,
				maxYear: request.maxYear,
				listLimit: request.full ? MAX_LISTED_REJECTED : SHOWN_REJECTED,
				keepValues: request.full
			},
			progressOf(id, 'checking')
		);
		post({ id, type: 'validated', result });
	}
}

self.addEventListener('message', (event: MessageEvent<Request>) => {
	handle(event.data).catch((error: unknown) => {
		const code = error instanceof ImportError ? error.code : 'read_failed';
		const detail = error instanceof Error ? error.message : String(error);
		post({ id: event.data.id, type: 'error', code, detail });
	});
});
