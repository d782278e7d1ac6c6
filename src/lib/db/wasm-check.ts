// Cheap checks of a WebAssembly binary on the main thread. Compiling or validating the 34 MB engine here
// would block the page for about a second; walking its section headers takes microseconds and tells an
// empty, foreign or cut-short file apart. (A damaged module the walk cannot see stalls the worker, whose
// timeout then runs WebAssembly.validate: see wasm.ts.)

/** What is wrong with a file that should be a WebAssembly module. */
export type WasmProblem = 'empty' | 'signature' | 'truncated' | 'invalid';

const HEADER = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]; // "\0asm", version 1

/** null when `bytes` is a WebAssembly header followed by sections that end exactly at the end of the file. */
export function wasmProblem(bytes: Uint8Array): WasmProblem | null {
	if (bytes.length === 0) return 'empty';
	const head = bytes.subarray(0, HEADER.length);
	if (head.some((byte, i) => byte !== HEADER[i])) return 'signature';
	if (head.length < HEADER.length) return 'truncated';
	let at = HEADER.length;
	while (at < bytes.length) {
		const size = readU32(bytes, at + 1); // after the section id
		if (typeof size === 'string') return size;
		at = size.next + size.value;
	}
	return at === bytes.length ? null : 'truncated';
}

/** An unsigned LEB128 number of at most 5 bytes at `at`: 'truncated' when the file ends inside it. */
function readU32(bytes: Uint8Array, at: number): { value: number; next: number } | 'truncated' | 'invalid' {
	let value = 0;
	for (let shift = 0; shift < 35; shift += 7, at++) {
		if (at >= bytes.length) return 'truncated';
		const byte = bytes[at] as number;
		value += (byte & 0x7f) * 2 ** shift;
		if (byte < 0x80) return { value, next: at + 1 };
	}
	return 'invalid';
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
