// The composite builder's two charts drawn from fixed rows to SVG files under __snapshots__/charts/ (as
// chart-snapshots.test.ts does for the others). The rows are an excerpt of the real default composite
// (entropy weights of the PKU coverage breadth, usage depth and digitization level over the pool of 403
// province-years, 2011–2023), computed by compositeIndex from data/ and copied here rounded: the weights to
// 4 decimals, the 2020 contributions to 2.
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3';
import { SCHEME_REGIONS } from '$lib/data/manifest';
import type { ComponentWeight, CompositeValue } from '$lib/metrics/composite-index';
import { contributionBars } from '$lib/charts/composite/composite-contributions';
import CompositeWeightsChart from '$lib/charts/composite/CompositeWeightsChart.svelte';
import CompositeContributionsChart from '$lib/charts/composite/CompositeContributionsChart.svelte';
import { chartSvg, snapshotFile } from './support/svg-snapshot';
import { GUANGDONG, PROVINCES, YEAR } from './support/chart-fixtures';

const WEIGHTS: ComponentWeight[] = [
	['pku_dfiic_coverage_breadth', 0.4, 0.9764, 0.0236, 1.96, 466.54],
	['pku_dfiic_usage_depth', 0.3392, 0.98, 0.02, 6.76, 510.69],
	['pku_dfiic_digitization_level', 0.2608, 0.9846, 0.0154, 7.58, 476.9]
].map(([id, weight, entropy, divergence, min, max]) => ({
	id: id as string,
	higher_is_better: true,
	weight: weight as number,
	entropy: entropy as number,
	divergence: divergence as number,
	min: min as number,
	max: max as number
}));

const NAMES = {
	zh: ['覆盖广度', '使用深度', '数字化程度'],
	en: ['Coverage breadth', 'Usage depth', 'Digitization level']
};

const CONTRIBUTIONS_2020 = `adcode,breadth,depth,digitization
110000,34.01,29.56,23.81
120000,29.13,24.72,22.29
130000,26.01,20.98,21.36
140000,28.01,19.16,20.86
150000,26.56,18.1,19.99
210000,26.27,21.63,21.05
220000,24.87,19.58,20.99
230000,24.84,19.32,20.7
310000,33.86,32.44,24.59
320000,31.01,26.14,23.01
330000,32.73,29.11,23.47
340000,27.7,24.19,22.27
350000,30.76,26.59,22.35
360000,27.05,23.32,21.72
370000,28.39,22.67,22.31
410000,28.34,21.17,22.27
420000,28.81,24.42,22.46
430000,25.86,22.93,21.93
440000,30.56,26.76,22.31
450000,26.69,20.63,21.27
460000,28.75,22.25,20.89
500000,28.19,22.7,21.65
510000,26.59,22.76,21.59
520000,26.8,16.93,20.74
530000,25.87,20.38,21.13
540000,24.81,21.04,19.68
610000,28.2,21.88,21.92
620000,26.42,17.41,19.99
630000,24.98,17.36,20.67
640000,27.42,17.23,19.67`;

// Xinjiang (650000) is left out, to draw a province without an index as the chart draws it.
const VALUES: CompositeValue[] = csvParse(CONTRIBUTIONS_2020).map((d) => {
	const contributions = [Number(d.breadth), Number(d.depth), Number(d.digitization)];
	return {
		year: YEAR,
		adcode: Number(d.adcode),
		value: contributions.reduce((s, c) => s + c, 0),
		contributions
	};
});

describe('the composite charts draw the same picture from the same rows', () => {
	for (const lang of ['zh', 'en'] as const) {
		it(`CompositeWeightsChart: the three entropy weights, names in ${lang}`, async () => {
			const names = Object.fromEntries(WEIGHTS.map((w, j) => [w.id, NAMES[lang][j] as string]));
			const svg = chartSvg(CompositeWeightsChart, { weights: WEIGHTS, names, lang });
			await expect(svg).toMatchFileSnapshot(snapshotFile('composite-weights', lang));
		});
	}

	it('CompositeContributionsChart: 2020, 30 provinces stacked by component, Xinjiang without data, Guangdong selected', async () => {
		const svg = chartSvg(CompositeContributionsChart, {
			bars: contributionBars(VALUES, YEAR, PROVINCES, 'region4'),
			components: NAMES.zh,
			regions: SCHEME_REGIONS.region4,
			isSelected: (adcode) => adcode === GUANGDONG,
			hasSelection: true,
			year: YEAR,
			lang: 'zh'
		});
		await expect(svg).toMatchFileSnapshot(snapshotFile('composite-contributions', 'zh'));
	});
});
