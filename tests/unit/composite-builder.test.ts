// The composite builder's edits of a definition, and the rows of its two charts (weights, contributions).
import { describe, expect, it } from 'vitest';
import type { Indicator, Province } from '$lib/data/manifest';
import type { CompositeDefinition, ComponentWeight, CompositeValue } from '$lib/metrics/composite-index';
import {
	addComponent,
	moveComponent,
	removeComponent,
	setDirection,
	setMethod,
	setWeight
} from '$lib/components/composite-edit';
import {
	COMPOSITE_WEIGHTS_COLUMNS,
	compositeWeightRows,
	weightExtremes
} from '$lib/charts/composite/composite-weights';
import {
	contributionBars,
	contributionColumns,
	contributionRows
} from '$lib/charts/composite/composite-contributions';
import { COMPONENT_COLOURS } from '$lib/charts/composite/component-colours';
import { REGION_COLOURS } from '$lib/charts/palette';

const entropy: CompositeDefinition = {
	method: 'entropy',
	components: [
		{ id: 'a', higher_is_better: true, weight: null },
		{ id: 'b', higher_is_better: false, weight: null },
		{ id: 'c', higher_is_better: true, weight: null }
	]
};
const ids = (d: CompositeDefinition) => d.components.map((c) => c.id);
const indicator = (id: string, higher_is_better: boolean) => ({ id, higher_is_better }) as Indicator;

describe('composite-edit', () => {
	it('addComponent appends the indicator in its own direction, without a weight unless the method is custom', () => {
		const added = addComponent(entropy, indicator('d', false));
		expect(ids(added)).toEqual(['a', 'b', 'c', 'd']);
		expect(added.components[3]).toEqual({ id: 'd', higher_is_better: false, weight: null });
		const custom = addComponent({ ...entropy, method: 'custom' }, indicator('d', true));
		expect(custom.components[3]?.weight).toBe(1);
		expect(ids(entropy)).toEqual(['a', 'b', 'c']);
	});

	it('removeComponent drops the component at the index and keeps the others in order', () => {
		expect(ids(removeComponent(entropy, 1))).toEqual(['a', 'c']);
	});

	it('moveComponent swaps with the neighbour, and leaves the definition as it is at either end', () => {
		expect(ids(moveComponent(entropy, 1, -1))).toEqual(['b', 'a', 'c']);
		expect(ids(moveComponent(entropy, 1, 1))).toEqual(['a', 'c', 'b']);
		expect(moveComponent(entropy, 0, -1)).toBe(entropy);
		expect(moveComponent(entropy, 2, 1)).toBe(entropy);
	});

	it('setDirection and setWeight change only the component at the index', () => {
		const flipped = setDirection(entropy, 1, true);
		expect(flipped.components.map((c) => c.higher_is_better)).toEqual([true, true, true]);
		const weighted = setWeight({ ...entropy, method: 'custom' }, 2, 0.25);
		expect(weighted.components.map((c) => c.weight)).toEqual([null, null, 0.25]);
	});

	it('setMethod to custom starts from the weights shown, to 3 significant figures, else from 1', () => {
		const custom = setMethod(entropy, 'custom', [0.31234, 0.0004567, 0.68725]);
		expect(custom).toEqual({
			method: 'custom',
			components: [
				{ id: 'a', higher_is_better: true, weight: 0.312 },
				{ id: 'b', higher_is_better: false, weight: 0.000457 },
				{ id: 'c', higher_is_better: true, weight: 0.687 }
			]
		});
		expect(setMethod(entropy, 'custom').components.map((c) => c.weight)).toEqual([1, 1, 1]);
	});

	it('setMethod to equal or entropy drops every weight', () => {
		const custom = setMethod(entropy, 'custom', [0.5, 0.3, 0.2]);
		expect(setMethod(custom, 'equal').components.map((c) => c.weight)).toEqual([null, null, null]);
		expect(setMethod(custom, 'entropy').method).toBe('entropy');
	});
});

const weight = (id: string, w: number, higher_is_better = true): ComponentWeight => ({
	id,
	higher_is_better,
	weight: w,
	entropy: 1 - w / 10,
	divergence: w / 10,
	min: 0,
	max: 1
});

describe('composite-weights rows', () => {
	it('compositeWeightRows gives component, direction (higher|lower), weight, entropy and divergence', () => {
		const rows = compositeWeightRows([weight('a', 0.6), weight('b', 0.4, false)]);
		expect(Object.keys(rows[0] ?? {})).toEqual([...COMPOSITE_WEIGHTS_COLUMNS]);
		expect(rows).toEqual([
			{ component: 'a', direction: 'higher', weight: 0.6, entropy: 0.94, divergence: 0.06 },
			{ component: 'b', direction: 'lower', weight: 0.4, entropy: 0.96, divergence: 0.04 }
		]);
	});

	it('weightExtremes names the heaviest and lightest (the first of equals), and null for none', () => {
		const ws = [weight('a', 0.2), weight('b', 0.5), weight('c', 0.2), weight('d', 0.1)];
		expect(weightExtremes(ws)).toEqual({ top: ws[1], bottom: ws[3] });
		expect(weightExtremes([weight('a', 0.5), weight('b', 0.5)])?.top.id).toBe('a');
		expect(weightExtremes([])).toBeNull();
	});
});

const province = (adcode: number, name: string, region4: Province['region4']): Province => ({
	adcode,
	name_zh: name,
	name_en: name,
	pinyin: name,
	region4,
	region3: region4 === 'northeast' ? 'east' : region4,
	tile_row: 0,
	tile_col: 0
});
const PROVINCES = [
	province(110000, '北京', 'east'),
	province(210000, '辽宁', 'northeast'),
	province(620000, '甘肃', 'west'),
	province(650000, '新疆', 'west')
];
const value = (year: number, adcode: number, contributions: number[]): CompositeValue => ({
	year,
	adcode,
	value: contributions.reduce((s, c) => s + c, 0),
	contributions
});
const VALUES = [
	value(2022, 110000, [50, 40]),
	value(2023, 110000, [60, 30]),
	value(2023, 210000, [10, 20]),
	value(2023, 620000, [20, 10])
];

describe('composite-contributions rows', () => {
	it('contributionBars sorts the year’s provinces by index, ties by adcode, those without one last', () => {
		const bars = contributionBars(VALUES, 2023, PROVINCES, 'region4');
		expect(bars.map((b) => [b.adcode, b.index])).toEqual([
			[110000, 90],
			[210000, 30],
			[620000, 30],
			[650000, null]
		]);
		expect(bars[3]?.contributions).toBeNull();
		expect(bars.map((b) => b.region)).toEqual(['east', 'northeast', 'west', 'west']);
	});

	it('contributionBars takes the region of the scheme asked for', () => {
		const bars = contributionBars(VALUES, 2023, PROVINCES, 'region3');
		expect(bars.find((b) => b.adcode === 210000)?.region).toBe('east');
	});

	it('contributionRows is one row per province: year, adcode, name, region, index and a column per component', () => {
		const bars = contributionBars(VALUES, 2023, PROVINCES, 'region4');
		expect(contributionColumns(['a', 'b'])).toEqual([
			'year',
			'adcode',
			'province',
			'region',
			'index',
			'a',
			'b'
		]);
		expect(contributionRows(bars, ['a', 'b'], 2023, 'zh')).toEqual([
			{ year: 2023, adcode: 110000, province: '北京', region: 'east', index: 90, a: 60, b: 30 },
			{ year: 2023, adcode: 210000, province: '辽宁', region: 'northeast', index: 30, a: 10, b: 20 },
			{ year: 2023, adcode: 620000, province: '甘肃', region: 'west', index: 30, a: 20, b: 10 },
			{ year: 2023, adcode: 650000, province: '新疆', region: 'west', index: null, a: null, b: null }
		]);
	});
});

describe('component colours', () => {
	it('are 12 distinct colours, none of them a region colour', () => {
		expect(new Set(COMPONENT_COLOURS).size).toBe(12);
		const regions = Object.values(REGION_COLOURS).map((c) => c.toLowerCase());
		for (const c of COMPONENT_COLOURS) expect(regions).not.toContain(c.toLowerCase());
	});
});
