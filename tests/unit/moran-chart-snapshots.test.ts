// The Moran trend and the Moran scatter drawn from fixed figures to SVG files committed under
// __snapshots__/charts/ (see chart-snapshots.test.ts). The figures are typed here, not computed, so a snapshot
// changes only when a chart draws differently, not when the reference functions or data/ change.
import { describe, expect, it } from 'vitest';
import type { YearMeasured } from '$lib/metrics/measured';
import type { GlobalMoran, LocalMoran, MoranYear } from '$lib/metrics/moran-types';
import { selectedProvinces } from '$lib/state/selection';
import { lagged, moranPoints, slopeSentence } from '$lib/charts/analysis/moran-scatter';
import MoranTrendChart from '$lib/charts/analysis/MoranTrendChart.svelte';
import MoranScatterChart from '$lib/charts/analysis/MoranScatterChart.svelte';
import { chartSvg, snapshotFile } from './support/svg-snapshot';
import { PROVINCES, SELECT, isSelected } from './support/chart-fixtures';

const globalMoran = (i: number, pPerm: number, provinces = 31): GlobalMoran => ({
	provinces,
	i,
	expected: -1 / (provinces - 1),
	variance: 0.012,
	z: (i + 1 / (provinces - 1)) / Math.sqrt(0.012),
	pNorm: 0.01,
	pPerm,
	permutations: 999,
	islands: []
});

const TREND: YearMeasured<GlobalMoran>[] = [
	{ year: 2011, ok: true, value: globalMoran(0.412, 0.001) },
	{ year: 2012, ok: false, reason: 'too_few_provinces', provinces: 7 },
	{ year: 2013, ok: true, value: globalMoran(0.305, 0.004, 29) },
	{ year: 2014, ok: true, value: globalMoran(0.182, 0.031) },
	{ year: 2015, ok: true, value: globalMoran(0.061, 0.214) },
	{ year: 2016, ok: true, value: globalMoran(-0.052, 0.512) }
];

// Ten provinces with a standardised value, its lag, and a cluster: one of each kind and some not significant.
const local = (adcode: number, z: number, lagZ: number, pPerm: number, cluster: LocalMoran['cluster']) => ({
	adcode,
	value: 300 + 40 * z,
	z,
	lagZ,
	localI: z * lagZ,
	pPerm,
	cluster
});
const YEAR: MoranYear = {
	global: { ...globalMoran(0.45, 0.001, 10) },
	locals: [
		local(310000, 2.1, 1.4, 0.002, 'high-high'),
		local(320000, 1.5, 1.6, 0.004, 'high-high'),
		local(330000, 1.8, 1.2, 0.01, 'high-high'),
		local(110000, 1.7, -0.2, 0.03, 'high-low'),
		local(540000, -1.6, -0.9, 0.02, 'low-low'),
		local(630000, -1.3, -1.1, 0.01, 'low-low'),
		local(520000, -0.9, 0.6, 0.04, 'low-high'),
		local(440000, 0.8, 0.3, 0.2, 'not-significant'),
		local(510000, -0.4, -0.5, 0.3, 'not-significant'),
		local(650000, -1.1, -0.7, 0.07, 'not-significant')
	]
};
const points = lagged(moranPoints(YEAR, PROVINCES, 'region4'));

describe('the Moran charts draw the same picture from the same figures', () => {
	it('MoranTrendChart: I by year, filled where significant, a gap for 2012, E[I] dashed', async () => {
		const svg = chartSvg(MoranTrendChart, { rows: TREND, year: 2014, lang: 'zh' });
		await expect(svg).toMatchFileSnapshot(snapshotFile('moran-trend', 'zh'));
	});

	for (const lang of ['zh', 'en'] as const) {
		it(`MoranScatterChart (${lang}): z against its lag by LISA cluster, the line through the origin`, async () => {
			const svg = chartSvg(MoranScatterChart, {
				points,
				slope: YEAR.global.i,
				slopeText: slopeSentence(lang, YEAR.global.i, points, 0),
				description: 'Moran scatter',
				isSelected,
				hasSelection: true,
				pressed: selectedProvinces(SELECT),
				lang,
				ontoggle: () => {}
			});
			await expect(svg).toMatchFileSnapshot(snapshotFile('moran-scatter', lang));
		});
	}
});
