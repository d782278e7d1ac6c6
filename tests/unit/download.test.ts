// Downloads end: an HTTP error or a network failure is a named failure, a download with no byte for the
// stall time is given up, and progress counts the bytes against Content-Length when that counts them.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { download, stream, type DownloadProgress } from '$lib/db/download';
import { EngineError, engineFailure } from '$lib/db/engine-failure';

/** A fetch whose body yields `chunks` after `delays` ms each (a delay of Infinity never comes), honouring abort. */
function fakeFetch(chunks: number[], delays: number[], headers: Record<string, string> = {}, status = 200) {
	return vi.fn(async (_url: string, init?: RequestInit) => {
		const signal = init?.signal;
		const body = new ReadableStream<Uint8Array>({
			async start(controller) {
				signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
				for (const [i, size] of chunks.entries()) {
					const delay = delays[i] ?? 0;
					if (delay === Infinity) return;
					await new Promise((resolve) => setTimeout(resolve, delay));
					if (signal?.aborted) return;
					controller.enqueue(new Uint8Array(size).fill(i + 1));
				}
				controller.close();
			}
		});
		return new Response(body, { status, headers });
	});
}

async function failureOf(work: Promise<unknown>) {
	const error = await work.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(EngineError);
	return engineFailure(error);
}

afterEach(() => {
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
});

describe('download(url, file, { onProgress, signal, stallMs })', () => {
	it('returns every byte in order and reports progress against Content-Length', async () => {
		vi.stubGlobal('fetch', fakeFetch([3, 2], [0, 0], { 'content-length': '5' }));
		const seen: DownloadProgress[] = [];
		const bytes = await download('/x.wasm', 'x.wasm', { onProgress: (p) => seen.push(p) });
		expect([...bytes]).toEqual([1, 1, 1, 2, 2]);
		expect(seen).toEqual([
			{ loaded: 0, total: 5 },
			{ loaded: 3, total: 5 },
			{ loaded: 5, total: 5 }
		]);
	});

	it('knows no total for a compressed response (its Content-Length counts other bytes) or without one', async () => {
		vi.stubGlobal('fetch', fakeFetch([4], [0], { 'content-length': '2', 'content-encoding': 'br' }));
		const seen: DownloadProgress[] = [];
		await download('/x.wasm', 'x.wasm', { onProgress: (p) => seen.push(p) });
		expect(seen.at(-1)).toEqual({ loaded: 4, total: null });
		vi.stubGlobal('fetch', fakeFetch([4], [0]));
		seen.length = 0;
		await download('/x.wasm', 'x.wasm', { onProgress: (p) => seen.push(p) });
		expect(seen.at(-1)).toEqual({ loaded: 4, total: null });
	});

	it('fails with the HTTP status and the file name for a response that is not OK', async () => {
		vi.stubGlobal('fetch', fakeFetch([9], [0], {}, 404));
		expect(await failureOf(download('/data/a.arrow', 'data/a.arrow'))).toEqual({
			kind: 'download',
			file: 'data/a.arrow',
			status: 404
		});
	});

	it('fails as a network failure (no status) when fetch itself rejects', async () => {
		vi.stubGlobal(
			'fetch',
			vi.fn(async () => {
				throw new TypeError('Failed to fetch');
			})
		);
		expect(await failureOf(download('/x.wasm', 'x.wasm'))).toEqual({
			kind: 'download',
			file: 'x.wasm',
			status: null
		});
	});

	it('gives up a body that stops arriving after stallMs without a byte, saying how long it waited', async () => {
		vi.stubGlobal('fetch', fakeFetch([3, 3], [0, Infinity]));
		const started = Date.now();
		expect(await failureOf(download('/x.wasm', 'x.wasm', { stallMs: 200 }))).toEqual({
			kind: 'stalled',
			file: 'x.wasm',
			seconds: 0.2
		});
		expect(Date.now() - started).toBeLessThan(2_000);
	});

	it('keeps a slow download that delivers a byte within every stall period', async () => {
		vi.stubGlobal('fetch', fakeFetch([1, 1, 1, 1], [50, 50, 50, 50]));
		expect((await download('/x.wasm', 'x.wasm', { stallMs: 150 })).length).toBe(4);
	});

	it('stops when its signal aborts, failing with the signal’s reason rather than a download failure', async () => {
		vi.stubGlobal('fetch', fakeFetch([3, 3], [0, Infinity]));
		const stopper = new AbortController();
		const work = download('/x.wasm', 'x.wasm', { signal: stopper.signal });
		setTimeout(() => stopper.abort(new Error('the page failed')), 20);
		await expect(work).rejects.toThrow('the page failed');
	});
});

describe('stream(url, file, onChunk, options): the same download, chunk by chunk, keeping none', () => {
	/** A body whose chunks have all arrived before it is read (as from a cache). */
	const arrived = (sizes: number[]) =>
		vi.fn(async () => {
			const body = new ReadableStream<Uint8Array>({
				start(controller) {
					sizes.forEach((size, i) => controller.enqueue(new Uint8Array(size).fill(i + 1)));
					controller.close();
				}
			});
			return new Response(body);
		});

	it('hands each chunk to onChunk in order and resolves to the number of bytes', async () => {
		vi.stubGlobal('fetch', arrived([3, 2, 4]));
		const chunks: number[][] = [];
		expect(await stream('/x.wasm', 'x.wasm', (chunk) => chunks.push([...chunk]))).toBe(9);
		expect(chunks).toEqual([
			[1, 1, 1],
			[2, 2],
			[3, 3, 3, 3]
		]);
	});

	it('gives the main thread back when reading chunks that have arrived takes longer than 40 ms', async () => {
		vi.stubGlobal('fetch', arrived([1, 1, 1, 1, 1, 1]));
		let clock = 0;
		vi.spyOn(performance, 'now').mockImplementation(() => (clock += 25));
		const order: string[] = [];
		setTimeout(() => order.push('another task'), 0);
		await stream('/x.wasm', 'x.wasm', (chunk) => order.push(`chunk ${chunk[0]}`));
		// 25 ms of reading per chunk: the other task runs after the second chunk, not after all six.
		expect(order.indexOf('another task')).toBe(2);
	});
});
