// The engine's file is checked on the main thread by walking its section headers: an empty, foreign or
// cut-short file is named at once instead of leaving the worker's instantiate() pending.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wasmProblem } from '$lib/db/wasm-check';

const engine = new Uint8Array(readFileSync('node_modules/@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
const HEADER = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];

describe('wasmProblem(bytes)', () => {
	it('is null for the engine DuckDB-WASM ships and for a module with no sections', () => {
		expect(wasmProblem(engine)).toBeNull();
		expect(wasmProblem(new Uint8Array(HEADER))).toBeNull();
	});

	it('says "empty" for a file of no bytes', () => {
		expect(wasmProblem(new Uint8Array(0))).toBe('empty');
	});

	it('says "truncated" for the engine cut anywhere: in half, one byte short, inside the header', () => {
		expect(wasmProblem(engine.subarray(0, engine.length >> 1))).toBe('truncated');
		expect(wasmProblem(engine.subarray(0, engine.length - 1))).toBe('truncated');
		expect(wasmProblem(engine.subarray(0, 5))).toBe('truncated');
		// A section id with its size cut off.
		expect(wasmProblem(new Uint8Array([...HEADER, 1, 0x80]))).toBe('truncated');
	});

	it('says "signature" for a file that does not start with \\0asm version 1: HTML, random bytes, another version', () => {
		expect(wasmProblem(new TextEncoder().encode('<!doctype html><title>Not found</title>'))).toBe(
			'signature'
		);
		expect(wasmProblem(new Uint8Array([0x7e, 0xab, 0x72, 0x52, 1, 2, 3, 4]))).toBe('signature');
		expect(wasmProblem(new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x02, 0x00, 0x00, 0x00]))).toBe('signature');
		expect(wasmProblem(new Uint8Array([0x3c]))).toBe('signature');
	});

	it('says "invalid" for a section size longer than five LEB128 bytes, and "truncated" for a section longer than the bytes left', () => {
		expect(wasmProblem(new Uint8Array([...HEADER, 1, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00]))).toBe('invalid');
		expect(wasmProblem(new Uint8Array([...HEADER, 0, 3, 1, 0x61]))).toBe('truncated');
		expect(wasmProblem(new Uint8Array([...HEADER, 0, 2, 1, 0x61]))).toBeNull();
	});
});
