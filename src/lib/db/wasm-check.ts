// Cheap checks of a WebAssembly binary on the main thread. Compiling or validating the 34 MB engine here
// would block the page for about a second; walking its section headers takes microseconds and tells an
// empty, foreign or cut-short file apart. (A damaged module the walk cannot see stalls the worker, whose
// timeout then runs WebAssembly.validate: see wasm.ts.)

/** What is wrong with a file that should be a WebAssembly module. */
export type WasmProblem = 'empty' | 'signature' | 'truncated' | 'invalid';

const HEADER = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]; // "\0asm", version 1

/** null when `bytes` is a WebAssembly header followed by sections that end exactly at the end of the file. */
export function wasmProblem(bytes: Uint8Array): WasmProblem | null {
	const walk = new WasmWalk();
	walk.push(bytes);
	return walk.end();
}

/**
 * The same check over a file that arrives in chunks: the engine's download is walked as it streams, so its
 * 34 MB are never held (or copied into one array) on the main thread. Only a section header cut by a chunk's
 * end is kept between chunks.
 */
export class WasmWalk {
	/** Bytes seen so far. */
	#length = 0;
	/** Where the next section header starts. */
	#next = HEADER.length;
	/** The bytes of the section header at #next read so far (its id, then its size as LEB128). */
	#header: number[] = [];
	#problem: WasmProblem | null = null;

	push(chunk: Uint8Array): void {
		const base = this.#length;
		this.#length += chunk.length;
		if (this.#problem) return;
		for (let i = base; i < Math.min(HEADER.length, this.#length); i++) {
			if (chunk[i - base] !== HEADER[i]) {
				this.#problem = 'signature';
				return;
			}
		}
		// The section headers that start in (or carry over into) this chunk.
		while (this.#next + this.#header.length < this.#length) {
			const byte = chunk[this.#next + this.#header.length - base] as number;
			this.#header.push(byte);
			// Byte 0 is the section id; then up to 5 bytes of its size, the last under 0x80.
			if (this.#header.length === 1 || byte >= 0x80) {
				if (this.#header.length === 6) {
					this.#problem = 'invalid';
					return;
				}
				continue;
			}
			let size = 0;
			this.#header.slice(1).forEach((b, k) => (size += (b & 0x7f) * 2 ** (7 * k)));
			this.#next += this.#header.length + size;
			this.#header = [];
		}
	}

	/** What is wrong with the file, once all of it has been pushed; null when nothing is. */
	end(): WasmProblem | null {
		if (this.#problem) return this.#problem;
		if (this.#length === 0) return 'empty';
		if (this.#length < HEADER.length || this.#header.length > 0) return 'truncated';
		return this.#next === this.#length ? null : 'truncated';
	}
}

// The smallest module with a try block (as wasm-feature-detect and duckdb-wasm test for it): the engine's
// "eh" build needs WebAssembly exception handling.
const WITH_EXCEPTIONS = new Uint8Array([
	0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11
]);

/** Whether this browser can run the engine at all: Web Workers and WebAssembly with exception handling. */
export function browserCanRunEngine(): boolean {
	return (
		typeof Worker === 'function' && typeof WebAssembly === 'object' && WebAssembly.validate(WITH_EXCEPTIONS)
	);
}
