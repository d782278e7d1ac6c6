// Downloads with an end: a file that stops arriving is given up after STALL_MS without a byte, and the
// engine's download reports its progress as it goes.
import { EngineError } from './engine-failure';

export interface DownloadProgress {
	/** Bytes received so far (after decompression). */
	loaded: number;
	/** The file's size, or null when unknown: no Content-Length, or a compressed response (it counts other bytes). */
	total: number | null;
}

/**
 * No byte for this long ends a download. A working connection, however slow, delivers bytes every fraction of
 * a second (a 10 Mbit/s line brings the uncompressed 34 MB engine in 46 s, in steady chunks); waiting longer
 * than 30 s for the first or the next byte means a stuck server or proxy. It leaves room for a proxy that
 * takes 20 s to start answering (tests/browser/engine-faults.test.ts serves the engine that late).
 */
export const STALL_MS = 30_000;

export interface DownloadOptions {
	onProgress?: (progress: DownloadProgress) => void;
	/** Stops the download (its error is then the signal's reason). */
	signal?: AbortSignal;
	stallMs?: number;
}

/** The bytes at `url`, named `file` in failures; rejects with an EngineError (HTTP status, network, stalled). */
export async function download(
	url: string,
	file: string,
	options: DownloadOptions = {}
): Promise<Uint8Array> {
	const chunks: Uint8Array[] = [];
	const length = await stream(url, file, (chunk) => chunks.push(chunk), options);
	return joined(chunks, length);
}

/**
 * Like download, but hands each chunk to `onChunk` as it arrives and keeps none: the engine's 34 MB are
 * checked as they stream, never held or copied on the main thread. Resolves to the number of bytes.
 */
export async function stream(
	url: string,
	file: string,
	onChunk: (chunk: Uint8Array) => void,
	{ onProgress = () => {}, signal, stallMs = STALL_MS }: DownloadOptions = {}
): Promise<number> {
	const controller = new AbortController();
	const stop = () => controller.abort();
	signal?.addEventListener('abort', stop);
	let timer = setTimeout(stop, stallMs);
	const failed = () => {
		if (signal?.aborted) return signal.reason as Error;
		return new EngineError(
			controller.signal.aborted
				? { kind: 'stalled', file, seconds: stallMs / 1000 }
				: { kind: 'download', file, status: null }
		);
	};
	try {
		const response = await fetch(url, { signal: controller.signal }).catch((): never => {
			throw failed();
		});
		if (!response.ok) throw new EngineError({ kind: 'download', file, status: response.status });
		const total = knownSize(response);
		let loaded = 0;
		onProgress({ loaded, total });
		const reader = response.body?.getReader();
		let since = performance.now();
		for (;;) {
			const chunk = await reader?.read().catch((): never => {
				throw failed();
			});
			if (!chunk || chunk.done) break;
			clearTimeout(timer);
			timer = setTimeout(stop, stallMs);
			onChunk(chunk.value);
			loaded += chunk.value.length;
			onProgress({ loaded, total });
			// Chunks already received are read one after another in the same task: from a cache, the whole
			// engine would be one long task. The page gets the thread back between slices.
			if (performance.now() - since > SLICE_MS) {
				await new Promise((resolve) => setTimeout(resolve, 0));
				since = performance.now();
			}
		}
		return loaded;
	} finally {
		clearTimeout(timer);
		signal?.removeEventListener('abort', stop);
	}
}

/** The longest the reading of a download keeps the main thread before it yields (ms). */
const SLICE_MS = 40;

/** The body's size in the bytes the stream yields: Content-Length, unless the body is compressed. */
function knownSize(response: Response): number | null {
	const encoding = response.headers.get('content-encoding');
	if (encoding && encoding !== 'identity') return null;
	const length = Number(response.headers.get('content-length') ?? NaN);
	return Number.isSafeInteger(length) && length > 0 ? length : null;
}

function joined(chunks: readonly Uint8Array[], length: number): Uint8Array {
	if (chunks.length === 1) return chunks[0] as Uint8Array;
	const bytes = new Uint8Array(length);
	let at = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, at);
		at += chunk.length;
	}
	return bytes;
}
