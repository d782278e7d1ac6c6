import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	CSP_DIRECTIVES,
	inlineScripts,
	metaPolicy,
	policySources,
	policyText,
	scriptHash
} from '../../scripts/csp.js';
import { cspProblems } from '../../scripts/check-csp';
import { staleViewGuard } from '$lib/state/first-view';

const BOOT = '\n\t\t\t{ __sveltekit_x = { base: new URL(".", location).pathname.slice(0, -1) }; }\n\t\t';
const POLICY = (hashes: string[], style = "'self' 'unsafe-inline'") =>
	`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hashes.map((h) => `'${h}'`).join(' ')}; style-src ${style}`;
const meta = (policy: string) =>
	`<meta http-equiv="content-security-policy" content="${policy.replaceAll('"', '&quot;')}">`;
const page = (head: string, body = '') =>
	`<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('scriptHash', () => {
	it('is sha256- and the base64 SHA-256 of the UTF-8 text, as browsers hash an inline script', () => {
		expect(scriptHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
		expect(scriptHash('区域')).toBe(
			`sha256-${createHash('sha256').update(Buffer.from('区域', 'utf8')).digest('base64')}`
		);
	});
});

describe('metaPolicy', () => {
	it('reads the content of <meta http-equiv="content-security-policy">, entities decoded', () => {
		const html = page(`<meta charset="utf-8">${meta(`default-src 'self'; img-src "data:" &amp;`)}`);
		expect(metaPolicy(html)).toBe(`default-src 'self'; img-src "data:" &`);
	});

	it('is undefined for a page without one (another http-equiv does not count)', () => {
		expect(metaPolicy(page('<meta http-equiv="cache-control" content="no-cache">'))).toBeUndefined();
	});
});

describe('policySources', () => {
	it("lists one directive's sources, and undefined for a directive the policy lacks", () => {
		const policy = "default-src 'self'; worker-src 'self' blob:;";
		expect(policySources(policy, 'worker-src')).toEqual(["'self'", 'blob:']);
		expect(policySources(policy, 'script-src')).toBeUndefined();
	});
});

describe('policyText', () => {
	it("writes directives as a policy, quoting keywords and hashes ('self', 'sha256-…') but not schemes", () => {
		expect(
			policyText({
				'default-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'script-src': ['sha256-x=']
			})
		).toBe("default-src 'self'; img-src 'self' data: blob:; script-src 'sha256-x='");
	});
});

describe('inlineScripts', () => {
	it('gives the exact text of the scripts a browser runs, skipping src= scripts and JSON data blocks', () => {
		const html = page(
			'<script src="./a.js"></script><script type="application/json" data-sveltekit-fetched>{"a":1}</script>',
			`<script>${BOOT}</script><script type="module">import "./b.js";</script>`
		);
		expect(inlineScripts(html).map((s) => s.code)).toEqual([BOOT, 'import "./b.js";']);
	});
});

describe('cspProblems', () => {
	it('finds none in a page whose every inline script is hashed in its meta policy', () => {
		const html = page(meta(POLICY([scriptHash(BOOT)])), `<script>${BOOT}</script>`);
		expect(cspProblems(html)).toEqual([]);
	});

	it('names an inline script whose hash the policy lacks', () => {
		const html = page(meta(POLICY([scriptHash(BOOT)])), `<script>${BOOT}</script><script>alert(1)</script>`);
		expect(cspProblems(html)).toEqual([
			`inline script not in script-src ('${scriptHash('alert(1)')}'): alert(1)…`
		]);
	});

	it('reports a page without the policy meta', () => {
		expect(cspProblems(page('<title>x</title>'))).toEqual(['no <meta http-equiv="content-security-policy">']);
	});

	it('reports a script placed before the meta, which the policy would not cover', () => {
		const html = page(`<script>${BOOT}</script>${meta(POLICY([scriptHash(BOOT)]))}`);
		expect(cspProblems(html)).toEqual([
			'a <script> comes before the policy <meta>, which does not apply to it'
		]);
	});

	it("reports 'unsafe-inline' in script-src, and a hash in style-src (it would void 'unsafe-inline')", () => {
		const policy = `script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline' 'sha256-abc='`;
		expect(cspProblems(page(meta(policy)))).toEqual([
			"script-src allows 'unsafe-inline'",
			"style-src lists a hash or nonce, so browsers would ignore its 'unsafe-inline'"
		]);
	});
});

describe('CSP_DIRECTIVES', () => {
	it('allow the stale-view guard that the pages carry, by the hash of its text', () => {
		const [guard] = inlineScripts(staleViewGuard({ year: '2023' }, 'figure[data-view="x"]'));
		expect(CSP_DIRECTIVES['script-src']).toContain(scriptHash(guard!.code));
	});

	it('are the target policy: no inline script or eval beyond WebAssembly, no plugins, no foreign base or form', () => {
		expect(CSP_DIRECTIVES).toEqual({
			'default-src': ['self'],
			'script-src': ['self', 'wasm-unsafe-eval', expect.stringMatching(/^sha256-[A-Za-z0-9+/]{43}=$/)],
			'worker-src': ['self', 'blob:'],
			'connect-src': ['self', 'blob:'],
			'img-src': ['self', 'data:', 'blob:'],
			'style-src': ['self', 'unsafe-inline'],
			'object-src': ['none'],
			'base-uri': ['self'],
			'form-action': ['self']
		});
	});
});
