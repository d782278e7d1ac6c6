// The sites the bench measures, each a built dashboard beside a plain d3 baseline page over the same data
// files: the real build, and the same site built over the seeded synthetic county panel (bench-only).
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Manifest } from '../src/lib/data/manifest';
import { writeSyntheticStatic } from './synthetic';

const OUT = 'bench/.out';

export interface Site {
	name: string;
	/** The built dashboard and the baseline page, each a directory served by scripts/serve.js. */
	dashboard: string;
	baseline: string;
	manifest: Manifest;
}

function run(command: string, argv: string[], env: NodeJS.ProcessEnv = {}): void {
	const result = spawnSync(command, argv, { stdio: 'inherit', env: { ...process.env, ...env } });
	if (result.status !== 0) throw new Error(`${command} ${argv.join(' ')} failed (exit ${result.status})`);
}

/** The baseline page next to a copy of the site's data files (precompressed copies included). */
async function baselineDir(name: string, siteDir: string): Promise<string> {
	const dir = path.join(OUT, name, 'baseline');
	await rm(dir, { recursive: true, force: true });
	await mkdir(dir, { recursive: true });
	await cp('bench/baseline', dir, { recursive: true });
	await cp('node_modules/d3/dist/d3.min.js', path.join(dir, 'd3.min.js'));
	await cp('node_modules/apache-arrow/Arrow.es2015.min.js', path.join(dir, 'arrow.min.js'));
	await cp(path.join(siteDir, 'data'), path.join(dir, 'data'), { recursive: true });
	run('npx', ['tsx', 'scripts/compress.ts', dir]);
	return dir;
}

/** The product build's compressed copies of identical files (same content-hashed name, e.g. the engine). */
async function reuseCompressed(from: string, to: string): Promise<void> {
	const dir = '_app/immutable/assets';
	for (const name of await readdir(path.join(to, dir))) {
		for (const suffix of ['.gz', '.br']) {
			const source = path.join(from, dir, name + suffix);
			if (existsSync(source)) await cp(source, path.join(to, dir, name + suffix));
		}
	}
}

/** The real build: build/, or another build of the site (`--build <dir>`, e.g. an earlier commit's, to compare). */
export async function realSite(dir = 'build'): Promise<Site> {
	if (!existsSync(path.join(dir, 'index.html')))
		throw new Error(`${dir}/ is missing: run npm run build first`);
	const manifest = JSON.parse(await readFile(path.join(dir, 'data/manifest.json'), 'utf8')) as Manifest;
	return { name: 'real', dashboard: dir, baseline: await baselineDir('real', dir), manifest };
}

/** The same site built over the synthetic panel (a bench-only build variant, see svelte.config.js). */
export async function syntheticSite(reuseBuild: boolean): Promise<Site> {
	const root = path.join(OUT, 'synthetic');
	const dashboard = path.join(root, 'build');
	if (!reuseBuild || !existsSync(path.join(dashboard, 'index.html'))) {
		const started = performance.now();
		await rm(root, { recursive: true, force: true });
		await writeSyntheticStatic(path.join(root, 'static'));
		run('npx', ['vite', 'build', '--logLevel', 'warn'], { DASHBOARD_BENCH_DIR: root });
		await reuseCompressed('build', dashboard);
		run('npx', ['tsx', 'scripts/compress.ts', dashboard]);
		console.log(`synthetic build: ${((performance.now() - started) / 1000).toFixed(1)} s`);
	}
	const manifest = JSON.parse(await readFile(path.join(dashboard, 'data/manifest.json'), 'utf8')) as Manifest;
	return { name: 'synthetic', dashboard, baseline: await baselineDir('synthetic', dashboard), manifest };
}
