// The engine's file is checked on the main thread by walking its section headers: an empty, foreign or
// cut-short file is named at once instead of leaving the worker's instantiate() pending.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WasmWalk, wasmProblem } from '$lib/db/wasm-check';

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

describe('WasmWalk: the same check over a file that arrives in chunks', () => {
	const walked = (bytes: Uint8Array, cuts: number[]) => {
		const walk = new WasmWalk();
		[0, ...cuts, bytes.length].forEach((from, i, at) => {
			if (i < at.length - 1) walk.push(bytes.subarray(from, at[i + 1]));
		});
		return walk.end();
	};
	const SMALL = [
		// A size of 1 in two LEB128 bytes, with its byte missing; a size of 5 in three, with its five bytes.
		new Uint8Array([...HEADER, 0, 2, 1, 0x61, 1, 0x81, 0x00]),
		new Uint8Array([...HEADER, 0, 2, 1, 0x61, 1, 0x85, 0x80, 0x00, 1, 2, 3, 4, 5]),
		new Uint8Array([...HEADER, 0, 3, 1, 0x61]),
		new Uint8Array([...HEADER, 1, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00]),
		new Uint8Array([...HEADER, 1, 0x80]),
		new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x02, 0x00, 0x00, 0x00, 0, 0]),
		new Uint8Array(HEADER.slice(0, 5)),
		new Uint8Array(HEADER)
	];

	it('gives what wasmProblem gives, cut into two chunks at every byte and into chunks of one byte', () => {
		for (const bytes of SMALL) {
			const whole = wasmProblem(bytes);
			for (let cut = 0; cut <= bytes.length; cut++) expect(walked(bytes, [cut])).toBe(whole);
			expect(walked(bytes, [...bytes.keys()].slice(1))).toBe(whole);
		}
		expect(SMALL.map(wasmProblem)).toEqual([
			'truncated',
			null,
			'truncated',
			'invalid',
			'truncated',
			'signature',
			'truncated',
			null
		]);
	});

	it('passes the engine streamed in 64 KiB chunks, and names it truncated one byte short or empty with no chunk', () => {
		const chunks = (length: number) =>
			[...Array(Math.ceil(length / 65536)).keys()].slice(1).map((i) => i * 65536);
		expect(walked(engine, chunks(engine.length))).toBeNull();
		const short = engine.subarray(0, engine.length - 1);
		expect(walked(short, chunks(short.length))).toBe('truncated');
		expect(new WasmWalk().end()).toBe('empty');
	});
});
