// A chart as a stable, readable SVG file for a snapshot: rendered on the server (the width is then the
// container's DEFAULT_WIDTH, 640 px), its <svg> elements only (tooltips and HTML around them are not the
// picture), hydration comments and scoped-style classes dropped, coordinates rounded to 0.01 px, one element a line.
import type { Component } from 'svelte';
import { render } from 'svelte/server';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** A tag, whose quoted attribute values may hold ">" (an aria-label's text). */
const TAG = String.raw`<(?:[^>"]|"[^"]*")*>`;

/** The top-level <svg> elements of `html`, each whole (nested ones stay inside their parent). */
export function topLevelSvgs(html: string): string[] {
	const found: string[] = [];
	const tag = new RegExp(String.raw`<(\/?)svg\b(?:[^>"]|"[^"]*")*>`, 'g');
	let depth = 0;
	let start = 0;
	for (const m of html.matchAll(tag)) {
		if (m[1] === '') {
			if (depth === 0) start = m.index;
			depth += 1;
		} else {
			depth -= 1;
			if (depth === 0) found.push(html.slice(start, m.index + m[0].length));
		}
	}
	return found;
}

/** Numbers with more than 2 decimals in attribute values, rounded to 2 (text content is left as drawn). */
export function roundAttributes(tag: string): string {
	return tag.replace(/="([^"]*)"/g, (_, value: string) => {
		const rounded = value.replace(/(?<![\d.])-?\d+\.\d{3,}(?:e-?\d+)?(?![\d.])/gi, (n) =>
			String(Math.round(Number(n) * 100) / 100 || 0)
		);
		return `="${rounded}"`;
	});
}

/** Svelte's scoped-style classes (svelte-1128o2v) left out: the styles are not in the file, and the hash follows them. */
export function withoutStyleHashes(markup: string): string {
	return markup.replace(/ class="([^"]*)"/g, (_, names: string) => {
		const kept = names.split(/\s+/).filter((name) => name && !/^svelte-[a-z0-9]+$/.test(name));
		return kept.length ? ` class="${kept.join(' ')}"` : '';
	});
}

/** Markup indented two spaces a level, one element a line; an element holding only text stays on one line. */
export function prettyMarkup(markup: string): string {
	const tokens = (markup.replace(/<!--[\s\S]*?-->/g, '').match(new RegExp(`${TAG}|[^<]+`, 'g')) ?? []).filter(
		(t) => t.trim() !== ''
	);
	const lines: string[] = [];
	let depth = 0;
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i] as string;
		const pad = '  '.repeat(depth);
		if (token.startsWith('</')) {
			depth -= 1;
			lines.push('  '.repeat(depth) + token);
		} else if (!token.startsWith('<')) {
			lines.push(pad + token.trim());
		} else if (tokens[i + 1]?.startsWith('</')) {
			lines.push(pad + roundAttributes(token).replace(/>$/, ' />'));
			i += 1;
		} else if (!tokens[i + 1]?.startsWith('<') && tokens[i + 2]?.startsWith('</')) {
			lines.push(pad + roundAttributes(token) + tokens[i + 1] + tokens[i + 2]);
			i += 2;
		} else {
			lines.push(pad + roundAttributes(token));
			depth += 1;
		}
	}
	return lines.join('\n') + '\n';
}

/**
 * One standalone SVG file for the <svg> elements in `html`: the only one given the SVG namespace, or
 * several stacked top to bottom inside one (a map's legend above the map).
 */
export function svgFile(html: string): string {
	const svgs = topLevelSvgs(withoutStyleHashes(html));
	if (svgs.length === 0) throw new Error('no <svg> in the rendered markup');
	const size = (svg: string, name: 'width' | 'height') =>
		Number(new RegExp(String.raw`^<svg\b(?:[^>"]|"[^"]*")*\s${name}="([\d.]+)"`).exec(svg)?.[1] ?? 0);
	if (svgs.length === 1)
		return prettyMarkup((svgs[0] as string).replace(/^<svg\b/, `<svg xmlns="${SVG_NS}"`));
	let y = 0;
	const placed = svgs.map((svg) => {
		const at = svg.replace(/^<svg\b/, `<svg y="${y}"`);
		y += size(svg, 'height');
		return at;
	});
	const width = Math.max(...svgs.map((svg) => size(svg, 'width')));
	return prettyMarkup(`<svg xmlns="${SVG_NS}" width="${width}" height="${y}">${placed.join('')}</svg>`);
}

/** A chart component rendered with `props` as one SVG file's text. */
export function chartSvg<Props extends object>(chart: Component<Props>, props: NoInfer<Props>): string {
	return svgFile(render(chart, { props }).body);
}

/** Where a chart's snapshot is kept, relative to a test in tests/unit/. */
export const snapshotFile = (chart: string, lang: 'zh' | 'en'): string =>
	`__snapshots__/charts/${chart}.${lang}.svg`;
