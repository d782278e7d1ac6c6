// Precompresses the built site (run after `vite build`): next to every compressible file of 1 KiB or more,
// a gzip (.gz) and a brotli (.br) copy, which scripts/serve.js (sirv) sends to browsers that accept them,
// with the original file's Content-Type. A copy that is not smaller than the original is not kept; copies
// already there and newer than their file are kept as they are.
//
//   tsx scripts/compress.ts [dir]        # default build/
//
// Levels: gzip 9 everywhere (≈1.4 s for the 34 MB engine). Brotli 11 for every file under 4 MB (fast at
// that size), and brotli 9 above it, i.e. for DuckDB's wasm: on this 2-core machine quality 11 takes
// ≈90 s there for 5.19 MB against ≈5 s for 5.92 MB at 9. BROTLI_MAX=1 uses 11 for every file (a release build).
import { readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const EXTENSIONS = new Set([
	'.wasm',
	'.js',
	'.mjs',
	'.css',
	'.html',
	'.json',
	'.arrow',
	'.svg',
	'.csv',
	'.txt'
]);
const MIN_BYTES = 1024;
const LARGE_BYTES = 4 * 1024 * 1024;
const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

async function* files(dir: string): AsyncGenerator<string> {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) yield* files(full);
		else if (EXTENSIONS.has(path.extname(entry.name).toLowerCase())) yield full;
	}
}

function brotliQuality(bytes: number): number {
	return process.env.BROTLI_MAX === '1' || bytes < LARGE_BYTES ? 11 : 9;
}

interface Compressed {
	file: string;
	raw: number;
	gz: number;
	br: number;
}

/** The sizes of `file`'s .gz and .br if both are there and newer than it (a copy made earlier), else null. */
async function upToDate(file: string): Promise<Compressed | null> {
	const [raw, gz, br] = await Promise.all(['', '.gz', '.br'].map((s) => stat(file + s).catch(() => null)));
	if (!raw || !gz || !br || gz.mtimeMs < raw.mtimeMs || br.mtimeMs < raw.mtimeMs) return null;
	return { file, raw: raw.size, gz: gz.size, br: br.size };
}

async function compress(file: string): Promise<Compressed> {
	const done = await upToDate(file);
	if (done) return done;
	const data = await readFile(file);
	const [gz, br] = await Promise.all([
		gzip(data, { level: 9 }),
		brotli(data, {
			params: {
				[zlib.constants.BROTLI_PARAM_QUALITY]: brotliQuality(data.length),
				[zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length
			}
		})
	]);
	const keep = async (suffix: string, bytes: Buffer) => {
		if (bytes.length < data.length) {
			await writeFile(file + suffix, bytes);
			return bytes.length;
		}
		await unlink(file + suffix).catch(() => {});
		return data.length;
	};
	return { file, raw: data.length, gz: await keep('.gz', gz), br: await keep('.br', br) };
}

/** Compresses every file of `dir`, largest first, a few at a time (zlib works on libuv's thread pool). */
export async function compressDir(dir: string): Promise<Compressed[]> {
	const found: { file: string; size: number }[] = [];
	for await (const file of files(dir)) {
		const { size } = await stat(file);
		if (size >= MIN_BYTES) found.push({ file, size });
	}
	found.sort((a, b) => b.size - a.size);
	const queue = found.map((f) => f.file);
	const done: Compressed[] = [];
	const worker = async () => {
		for (let file = queue.shift(); file; file = queue.shift()) done.push(await compress(file));
	};
	await Promise.all(Array.from({ length: Math.max(2, os.availableParallelism()) }, worker));
	return done;
}

const isMain =
	process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);

if (isMain) {
	const dir = process.argv[2] ?? 'build';
	const started = performance.now();
	const done = await compressDir(dir);
	const kinds = new Map<string, Compressed>();
	for (const c of done) {
		const ext = path.extname(c.file);
		const sum = kinds.get(ext) ?? { file: ext, raw: 0, gz: 0, br: 0 };
		kinds.set(ext, { file: ext, raw: sum.raw + c.raw, gz: sum.gz + c.gz, br: sum.br + c.br });
	}
	const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
	const summary = [...kinds.values()]
		.sort((a, b) => b.raw - a.raw)
		.map((k) => `${k.file} ${kb(k.raw)} → gz ${kb(k.gz)}, br ${kb(k.br)}`)
		.join('; ');
	console.log(
		`compress: ${done.length} files in ${dir}/ in ${((performance.now() - started) / 1000).toFixed(1)} s: ${summary}`
	);
}
