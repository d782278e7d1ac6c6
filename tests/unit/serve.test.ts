import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type Server } from '../../scripts/serve.js';
import { CSP_DIRECTIVES, policyText } from '../../scripts/csp.js';

const SERVE_JS = fileURLToPath(new URL('../../scripts/serve.js', import.meta.url));
const WASM = Uint8Array.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
const ARROW_TEXT = 'not really arrow, but bytes all the same';
const HOME_POLICY = "default-src 'self'; script-src 'self' 'sha256-home='";
const ANALYSIS_POLICY = "default-src 'self'; script-src 'self' 'sha256-analysis='";
const EMBED_POLICY = "default-src 'self'; script-src 'self' 'sha256-embed='";
const page = (title: string, policy: string) =>
	`<!doctype html><meta http-equiv="content-security-policy" content="${policy}"><title>${title}</title>`;
const SECURITY_HEADERS = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'no-referrer',
	'permissions-policy':
		'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), ' +
		'microphone=(), midi=(), payment=(), usb=()',
	'cross-origin-opener-policy': 'same-origin',
	'x-frame-options': 'SAMEORIGIN'
};

let root: string;
let dir: string;

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'serve-test-'));
	dir = join(root, 'build');
	mkdirSync(join(dir, '_app/immutable'), { recursive: true });
	mkdirSync(join(dir, 'data'));
	writeFileSync(join(dir, 'index.html'), page('home', HOME_POLICY));
	// Pages are folder indexes, as the build writes them (trailingSlash 'always').
	mkdirSync(join(dir, 'analysis'));
	writeFileSync(join(dir, 'analysis/index.html'), page('analysis', ANALYSIS_POLICY));
	mkdirSync(join(dir, 'embed'));
	writeFileSync(join(dir, 'embed/index.html'), page('embed', EMBED_POLICY));
	mkdirSync(join(dir, 'bare'));
	writeFileSync(join(dir, 'bare/index.html'), '<!doctype html><title>no policy meta</title>');
	writeFileSync(join(dir, 'a.wasm'), WASM);
	writeFileSync(join(dir, 't.arrow'), ARROW_TEXT);
	// Only a precompressed copy exists: it must still be served as Arrow, with Content-Encoding: gzip.
	writeFileSync(join(dir, 'data/z.arrow.gz'), gzipSync(ARROW_TEXT));
	writeFileSync(join(dir, '_app/immutable/app.js'), 'export {};');
});

afterAll(() => {
	rmSync(root, { recursive: true, force: true });
});

describe('serve()', () => {
	let server: Server;

	beforeAll(async () => {
		server = await serve({ dir, port: 0 });
	});

	afterAll(async () => {
		await server.close();
	});

	it('listens on a real port when given port 0', () => {
		expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
		expect(server.url).not.toMatch(/:0\/$/);
	});

	it('serves index.html at /, and name/index.html at /name/ and at /name', async () => {
		const home = await fetch(server.url);
		expect(home.status).toBe(200);
		expect(home.headers.get('content-type')).toMatch(/^text\/html/);
		expect(await home.text()).toContain('<title>home</title>');

		for (const path of ['analysis/', 'analysis']) {
			const analysis = await fetch(new URL(path, server.url));
			expect(analysis.status).toBe(200);
			expect(await analysis.text()).toContain('<title>analysis</title>');
		}
	});

	it('serves .wasm as application/wasm', async () => {
		const res = await fetch(new URL('a.wasm', server.url));
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('application/wasm');
		expect(new Uint8Array(await res.arrayBuffer())).toEqual(WASM);
	});

	it('serves .arrow as application/vnd.apache.arrow.stream', async () => {
		const res = await fetch(new URL('t.arrow', server.url));
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('application/vnd.apache.arrow.stream');
		expect(await res.text()).toBe(ARROW_TEXT);
	});

	it('serves a precompressed .gz copy with the original content type', async () => {
		const res = await fetch(new URL('data/z.arrow', server.url), {
			headers: { 'accept-encoding': 'gzip' }
		});
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('application/vnd.apache.arrow.stream');
		expect(res.headers.get('content-encoding')).toBe('gzip');
		expect(await res.text()).toBe(ARROW_TEXT); // fetch decodes gzip
	});

	it('sends an ETag and answers a matching If-None-Match with 304', async () => {
		const first = await fetch(new URL('t.arrow', server.url));
		await first.arrayBuffer();
		const etag = first.headers.get('etag');
		expect(etag).toBeTruthy();
		const again = await fetch(new URL('t.arrow', server.url), { headers: { 'if-none-match': etag! } });
		expect(again.status).toBe(304);
	});

	it('marks /_app/immutable/ assets immutable', async () => {
		const res = await fetch(new URL('_app/immutable/app.js', server.url));
		await res.arrayBuffer();
		expect(res.status).toBe(200);
		expect(res.headers.get('cache-control')).toContain('immutable');
	});

	it("sends each HTML page's <meta> policy as its Content-Security-Policy header, with frame-ancestors 'self'", async () => {
		const policies = {
			'': HOME_POLICY,
			'index.html': HOME_POLICY,
			'analysis/': ANALYSIS_POLICY,
			'analysis/?year=2019': ANALYSIS_POLICY,
			analysis: ANALYSIS_POLICY,
			'analysis/index.html': ANALYSIS_POLICY
		};
		for (const [path, policy] of Object.entries(policies)) {
			const res = await fetch(new URL(path, server.url), { headers: { 'accept-encoding': 'br, gzip' } });
			await res.arrayBuffer();
			expect(res.headers.get('content-security-policy'), path).toBe(`${policy}; frame-ancestors 'self'`);
		}
	});

	it('lets any site frame /embed (frame-ancestors *, no X-Frame-Options), and nothing else', async () => {
		for (const path of ['embed/', 'embed/?chart=gap-trend&year=2019', 'embed', 'embed/index.html']) {
			const res = await fetch(new URL(path, server.url), { headers: { 'accept-encoding': 'br, gzip' } });
			expect(await res.text(), path).toContain('<title>embed</title>');
			expect(res.headers.get('content-security-policy'), path).toBe(`${EMBED_POLICY}; frame-ancestors *`);
			expect(res.headers.get('x-frame-options'), path).toBeNull();
			expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
		}
		for (const path of ['embed/deeper', 'embedded/', 'analysis/?chart=gap-trend']) {
			const res = await fetch(new URL(path, server.url));
			await res.arrayBuffer();
			expect(res.headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
		}
	});

	it('sends the site policy (no inline script) for a page that carries no <meta> policy', async () => {
		const res = await fetch(new URL('bare/', server.url));
		expect(await res.text()).toContain('no policy meta');
		expect(res.headers.get('content-security-policy')).toBe(
			`${policyText(CSP_DIRECTIVES)}; frame-ancestors 'self'`
		);
	});

	it('sends nosniff, no-referrer, a Permissions-Policy denying devices, COOP and SAMEORIGIN framing on every response', async () => {
		for (const path of ['', 'analysis/', 'a.wasm', 'data/z.arrow', '_app/immutable/app.js', 'nope']) {
			const res = await fetch(new URL(path, server.url), { headers: { 'accept-encoding': 'gzip' } });
			await res.arrayBuffer();
			for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
				expect(res.headers.get(name), `${path} ${name}`).toBe(value);
			}
		}
		const post = await fetch(server.url, { method: 'POST' });
		await post.arrayBuffer();
		expect(post.status).toBe(405);
		expect(post.headers.get('x-frame-options')).toBe('SAMEORIGIN');
	});

	it('sends no Content-Security-Policy with scripts, wasm or data (a worker would take it as its own)', async () => {
		for (const path of ['a.wasm', 't.arrow', '_app/immutable/app.js']) {
			const res = await fetch(new URL(path, server.url));
			await res.arrayBuffer();
			expect(res.headers.get('content-security-policy'), path).toBeNull();
		}
	});

	it('answers 404 for unknown paths', async () => {
		for (const path of ['nope', 'nope.wasm', 'analysis/deeper', '../package.json']) {
			const res = await fetch(new URL(path, server.url));
			await res.arrayBuffer();
			expect(res.status, path).toBe(404);
		}
	});
});

describe('serve() errors and close()', () => {
	it('rejects when the directory is missing', async () => {
		await expect(serve({ dir: join(root, 'absent'), port: 0 })).rejects.toThrow(
			/is missing: run npm run build/
		);
	});

	it('close() stops the server and is idempotent', async () => {
		const server = await serve({ dir, port: 0 });
		const res = await fetch(server.url); // leaves a keep-alive socket open
		await res.text();
		await server.close();
		await server.close();
		await expect(fetch(server.url)).rejects.toThrow();
	});
});

describe('node scripts/serve.js', () => {
	function run(cwd: string, env: Record<string, string> = {}) {
		const child = spawn(process.execPath, [SERVE_JS], {
			cwd,
			env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
		return { child, exited, out: () => stdout, err: () => stderr };
	}

	it('prints the real URL, serves build/ and exits 0 on SIGTERM', async () => {
		const proc = run(root);
		const url = await new Promise<string>((done, fail) => {
			const timer = setInterval(() => {
				const match = /Dashboard: (http:\/\/127\.0\.0\.1:(\d+)\/)/.exec(proc.out());
				if (match) {
					clearInterval(timer);
					done(match[1]!);
				}
			}, 20);
			proc.exited.then((code) => {
				clearInterval(timer);
				fail(new Error(`exited early (${code}): ${proc.err()}`));
			});
		});
		expect(url).not.toMatch(/:0\/$/);
		const res = await fetch(url);
		expect(await res.text()).toContain('<title>home</title>');
		proc.child.kill('SIGTERM');
		expect(await proc.exited).toBe(0);
	});

	it('exits 1 with a hint when build/ is missing', async () => {
		const empty = mkdtempSync(join(tmpdir(), 'serve-empty-'));
		try {
			const proc = run(empty);
			expect(await proc.exited).toBe(1);
			expect(proc.err()).toContain('build/ is missing: run npm run build');
		} finally {
			rmSync(empty, { recursive: true, force: true });
		}
	});
});
