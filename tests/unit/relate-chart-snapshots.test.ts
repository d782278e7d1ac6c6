// The relate Chart components drawn from fixed rows to SVG files committed under __snapshots__/charts/ (see
// chart-snapshots.test.ts). The fixture has one indicator, the PKU aggregate, so the two axes are its value
// the year before (X) and in the year (Y): real figures, named for what they are.
import { describe, expect, it } from 'vitest';
import { SCHEME_REGIONS, type Indicator } from '$lib/data/manifest';
import type { IndicatorPair } from '$lib/queries/indicator-pairs';
import { yearCorrelations } from '$lib/state/relate-data.svelte';
import { extremes, trails } from '$lib/charts/relate/scatter-marks';
import IndicatorScatterChart from '$lib/charts/relate/IndicatorScatterChart.svelte';
import IndicatorCorrelationChart from '$lib/charts/relate/IndicatorCorrelationChart.svelte';
import { chartSvg, snapshotFile } from './support/svg-snapshot';
import { GUANGDONG, SELECT, UNITS, YEAR, isSelected, provinceValues } from './support/chart-fixtures';

const indicator = (id: string, name_zh: string, name_en: string): Indicator => ({
	id,
	dataset: 'pku_dfiic',
	name_zh,
	name_en,
	...UNITS,
	higher_is_better: true,
	source_zh: '',
	source_en: '',
	source_urls: [],
	years: []
});
const X = indicator(
	'previous',
	'数字普惠金融总指数（上一年）',
	'Digital financial inclusion index, the year before'
);
const Y = indicator('current', '数字普惠金融总指数', 'Digital financial inclusion index');

/** 2012–2020: each province's aggregate the year before (x) and in the year (y). */
const YEARS = Array.from({ length: YEAR - 2011 }, (_, i) => 2012 + i);
const PAIRS: IndicatorPair[] = YEARS.flatMap((year) => {
	const before = new Map(provinceValues(year - 1).map((p) => [p.adcode, p.value]));
	return provinceValues(year).flatMap(({ adcode, name_zh, name_en, region, value }) => {
		const x = before.get(adcode);
		return value === null || x == null ? [] : [{ year, adcode, name_zh, name_en, region, x, y: value }];
	});
});
const points = PAIRS.filter((p) => p.year === YEAR);
const selectedTrails = new Map(
	[...trails(PAIRS, YEARS, YEAR)].filter(([, path]) => isSelected(path.at(-1)!))
);

function scatter(log: boolean) {
	const measured = yearCorrelations(PAIRS, [YEAR], log)[0]!;
	if (!measured.ok) throw new Error(`no fit: ${measured.reason}`);
	return chartSvg(IndicatorScatterChart, {
		points,
		trails: selectedTrails,
		fit: measured.value,
		log,
		x: X,
		y: Y,
		regions: SCHEME_REGIONS.region4,
		labelled: [...new Set([GUANGDONG, ...extremes(points)])],
		isSelected,
		hasSelection: SELECT.length > 0,
		pressed: [GUANGDONG],
		ontoggle: () => {},
		description: '散点图',
		lang: 'zh' as const
	});
}

describe('every relate Chart component draws the same picture from the same rows', () => {
	it('IndicatorScatterChart: 31 provinces in 2020, Guangdong and the West selected with their trails, the OLS line', async () => {
		await expect(scatter(false)).toMatchFileSnapshot(snapshotFile('indicator-scatter', 'zh'));
	});

	it('IndicatorScatterChart on log axes: the same dots, the line fitted on logarithms', async () => {
		await expect(scatter(true)).toMatchFileSnapshot(snapshotFile('indicator-scatter-log', 'zh'));
	});

	it('IndicatorCorrelationChart: r and ρ over 2012–2020, and 2011 (no pairs) as a gap marked n = 0', async () => {
		const svg = chartSvg(IndicatorCorrelationChart, {
			years: yearCorrelations(PAIRS, [2011, ...YEARS], false),
			year: YEAR,
			description: '折线图',
			lang: 'zh' as const
		});
		await expect(svg).toMatchFileSnapshot(snapshotFile('indicator-correlation', 'zh'));
	});
});
