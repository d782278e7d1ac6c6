// The page's side of the parsing worker: one request at a time becomes a promise, with progress on the way.
// A new file restarts the worker, so the work on a previous one stops at once.
import type { Opened, ProgressPhase, Request, Response, ValidateRequest } from './protocol';
import type { Validation } from './validate-rows';

export type OnProgress = (phase: ProgressPhase, fraction: number) => void;

/** A failure the page explains: the worker's error code and its detail. */
export class ParseFailure extends Error {
	constructor(
		readonly code: string,
		readonly detail: string
	) {
		super(`${code}: ${detail}`);
	}
}

interface Pending {
	resolve: (response: Response) => void;
	reject: (error: Error) => void;
	onProgress?: OnProgress;
}

type RequestBody = Request extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export class ParserClient {
	#worker: Worker | null = null;
	#pending = new Map<number, Pending>();
	#next = 1;

	#start(): Worker {
		const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
		worker.addEventListener('message', (event: MessageEvent<Response>) => {
			const response = event.data;
			const pending = this.#pending.get(response.id);
			if (!pending) return;
			if (response.type === 'progress') return pending.onProgress?.(response.phase, response.fraction);
			this.#pending.delete(response.id);
			if (response.type === 'error') pending.reject(new ParseFailure(response.code, response.detail));
			else pending.resolve(response);
		});
		// A worker that dies (out of memory on a hostile file, say) fails what it was doing; the next request starts a new one.
		const fail = (detail: string) => {
			for (const pending of this.#pending.values()) pending.reject(new ParseFailure('worker_failed', detail));
			this.#pending.clear();
			this.#worker?.terminate();
			this.#worker = null;
		};
		worker.addEventListener('error', (event) => {
			event.preventDefault();
			fail(event.message || 'the parser stopped');
		});
		worker.addEventListener('messageerror', () => fail('a message could not be read'));
		return worker;
	}

	#send(body: RequestBody, onProgress?: OnProgress): Promise<Response> {
		this.#worker ??= this.#start();
		const id = this.#next++;
		const worker = this.#worker;
		return new Promise((resolve, reject) => {
			this.#pending.set(id, { resolve, reject, onProgress });
			worker.postMessage({ ...body, id } as Request);
		});
	}

	/** Stops whatever the worker is doing (its pending requests fail as cancelled). */
	reset(): void {
		for (const pending of this.#pending.values()) pending.reject(new ParseFailure('cancelled', ''));
		this.#pending.clear();
		this.#worker?.terminate();
		this.#worker = null;
	}

	async open(file: File, onProgress?: OnProgress): Promise<Opened> {
		this.reset();
		const response = await this.#send({ type: 'open', file }, onProgress);
		if (response.type !== 'opened') throw new ParseFailure('read_failed', response.type);
		return response.result;
	}

	async sheet(sheet: string, onProgress?: OnProgress): Promise<Opened> {
		const response = await this.#send({ type: 'sheet', sheet }, onProgress);
		if (response.type !== 'opened') throw new ParseFailure('read_failed', response.type);
		return response.result;
	}

	async validate(request: ValidateRequest, onProgress?: OnProgress): Promise<Validation> {
		const response = await this.#send({ type: 'validate', ...request }, onProgress);
		if (response.type !== 'validated') throw new ParseFailure('read_failed', response.type);
		return response.result;
	}
}
