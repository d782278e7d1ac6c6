// The JavaScript budget of the first view (run by `npm run build`, after `vite build`): the scripts that the
// default page loads before it is interactive (the entry and the page's nodes named in build/index.html, and
// every module they import statically), measured gzip-compressed. The DuckDB engine is loaded later, through
// a dynamic import, and is not part of it. Fails the build when the sum exceeds the budget.
//
//   tsx scripts/check-budget.ts [dir]        # default build/
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * gzip KiB. Set at about 20 % over the first view's size (≈105 KiB, November 2026, after the tile map,
 * province profiles, the base-map panel and the import store joined the overview; first set at 95 KiB over
 * ≈78 KiB before them); raised from 125 in December 2026 (issue 13), when every page came to read and check
 * links to composite indices, per-capita totals and /relate's axes, and the one message catalogue every
 * page loads took the strings of /relate and /composite (≈13 KiB in all, first view ≈136 KiB); raised from
 * 140 in December 2026 (issues 14 and 15), when the catalogue took the Moran charts' strings and the header
 * the Cite, Embed and Briefing controls (first view ≈147 KiB after all three). The next step down, due with issue 16's work
 * on the first view, is a catalogue per page: the overview does not need the other pages' strings (≈30 KiB
 * gzip of messages in all).
 */
export const FIRST_VIEW_JS_BUDGET_KB = 150;

/** The JavaScript files `html` loads at once: modulepreload links and the inline script's imports. */
export function entryScripts(html: string): string[] {
	const found = new Set<string>();
	for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g)) {
		const href = m[0].match(/\bhref="([^"]+)"/)?.[1];
		if (href) found.add(href);
	}
	for (const m of html.matchAll(/\bimport\(\s*"([^"]+\.js)"\s*\)/g)) found.add(m[1]!);
	for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g)) found.add(m[1]!);
	return [...found];
}

/** Static imports of an ES module (`import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`). */
export function staticImports(code: string): string[] {
	const found: string[] = [];
	for (const m of code.matchAll(
		/\b(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g
	)) {
		found.push(m[1]!);
	}
	return found;
}

export interface FirstViewJs {
	files: { file: string; raw: number; gzip: number }[];
	raw: number;
	gzip: number;
}

export function measureFirstView(dir: string, page = 'index.html'): FirstViewJs {
	const html = readFileSync(path.join(dir, page), 'utf8');
	const queue = entryScripts(html).map((href) => path.resolve(dir, href));
	const seen = new Set<string>();
	const files: FirstViewJs['files'] = [];
	for (let file = queue.shift(); file; file = queue.shift()) {
		if (seen.has(file)) continue;
		seen.add(file);
		const code = readFileSync(file);
		files.push({
			file: path.relative(dir, file),
			raw: code.length,
			gzip: gzipSync(code, { level: 9 }).length
		});
		for (const spec of staticImports(code.toString('utf8')))
			queue.push(path.resolve(path.dirname(file), spec));
	}
	const sum = (key: 'raw' | 'gzip') => files.reduce((n, f) => n + f[key], 0);
	return { files, raw: sum('raw'), gzip: sum('gzip') };
}

const isMain =
	process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);

if (isMain) {
	const dir = process.argv[2] ?? 'build';
	const js = measureFirstView(dir);
	const kb = (n: number) => (n / 1024).toFixed(1);
	const line =
		`first-view JS: ${js.files.length} files, ${kb(js.raw)} KiB, ${kb(js.gzip)} KiB gzip ` +
		`(budget ${FIRST_VIEW_JS_BUDGET_KB} KiB gzip)`;
	if (js.gzip > FIRST_VIEW_JS_BUDGET_KB * 1024) {
		const largest = [...js.files]
			.sort((a, b) => b.gzip - a.gzip)
			.slice(0, 5)
			.map((f) => `  ${f.file}: ${kb(f.gzip)} KiB gzip`)
			.join('\n');
		console.error(
			`${line}\nThe JavaScript of the first view is over its budget by ${kb(js.gzip - FIRST_VIEW_JS_BUDGET_KB * 1024)} KiB. ` +
				`Load what the first view does not need with a dynamic import(), or raise FIRST_VIEW_JS_BUDGET_KB ` +
				`in scripts/check-budget.ts if the growth is worth it. Largest files:\n${largest}`
		);
		process.exit(1);
	}
	console.log(line);
}
