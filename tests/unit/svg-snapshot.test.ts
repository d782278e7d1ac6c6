// The chart snapshots' normaliser: what it keeps of the rendered markup and how it writes it.
import { describe, expect, it } from 'vitest';
import {
	prettyMarkup,
	roundAttributes,
	svgFile,
	topLevelSvgs,
	withoutStyleHashes
} from './support/svg-snapshot';

describe('topLevelSvgs(html)', () => {
	it('returns each top-level <svg> whole, a nested one inside its parent, and nothing around them', () => {
		const html =
			'<div><svg width="1"><svg width="2"></svg><g></g></svg></div><p>note</p><svg aria-label="a > b"></svg>';
		expect(topLevelSvgs(html)).toEqual([
			'<svg width="1"><svg width="2"></svg><g></g></svg>',
			'<svg aria-label="a > b"></svg>'
		]);
	});
});

describe('roundAttributes(tag)', () => {
	it('rounds numbers with more than 2 decimals in attribute values to 2, and leaves colours, names and short numbers', () => {
		expect(
			roundAttributes(
				'<path d="M60,45.33333333333333L330,28.666666666666675" fill="#0072B2" x="1.5" id="tile-map-hatch" y="-0.004">'
			)
		).toBe('<path d="M60,45.33L330,28.67" fill="#0072B2" x="1.5" id="tile-map-hatch" y="0">');
	});
});

describe('withoutStyleHashes(markup)', () => {
	it('drops Svelte’s scoped-style classes, and a class attribute left empty', () => {
		expect(withoutStyleHashes('<g class="tile svelte-1128o2v"><div class="svelte-13umgtq"></div></g>')).toBe(
			'<g class="tile"><div></div></g>'
		);
	});
});

describe('prettyMarkup(markup)', () => {
	it('writes one element a line, indented by depth, an empty element self-closed and a text-only element on one line', () => {
		expect(
			prettyMarkup(
				'<svg><!--[--><g x="1.23456"><line x1="0"></line><text y="2">12.3456</text></g><!--]--></svg>'
			)
		).toBe(
			[
				'<svg>',
				'  <g x="1.23">',
				'    <line x1="0" />',
				'    <text y="2">12.3456</text>',
				'  </g>',
				'</svg>',
				''
			].join('\n')
		);
	});
});

describe('svgFile(html)', () => {
	it('gives a lone <svg> the SVG namespace', () => {
		expect(svgFile('<div><svg width="640" height="10"></svg></div>')).toBe(
			'<svg xmlns="http://www.w3.org/2000/svg" width="640" height="10" />\n'
		);
	});

	it('stacks several <svg> top to bottom inside one as wide as the widest and as tall as all of them', () => {
		expect(
			svgFile('<svg width="640" height="44"></svg><div><svg width="600" height="300"></svg></div>')
		).toBe(
			[
				'<svg xmlns="http://www.w3.org/2000/svg" width="640" height="344">',
				'  <svg y="0" width="640" height="44" />',
				'  <svg y="44" width="600" height="300" />',
				'</svg>',
				''
			].join('\n')
		);
	});

	it('throws when the markup holds no <svg>', () => {
		expect(() => svgFile('<p>no data</p>')).toThrow('no <svg>');
	});
});
