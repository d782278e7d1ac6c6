// Every Chart component of lib/charts/analysis drawn from fixed rows to an SVG file committed under
// __snapshots__/charts/ (see chart-snapshots.test.ts). The measures are the reference functions of lib/metrics
// over the fixture's province values, year by year, as the analysis queries return them.
import { describe, expect, it } from 'vitest';
import { SCHEME_REGIONS } from '$lib/data/manifest';
import type { ProvinceValue } from '$lib/queries/province-values';
import { selectedProvinces } from '$lib/state/selection';
import { t } from '$lib/i18n/translate';
import { theil } from '$lib/metrics/theil';
import { dagumGini } from '$lib/metrics/gini';
import { dispersion } from '$lib/metrics/dispersion';
import { betaOutcome } from '$lib/charts/analysis/beta-convergence';
import { densityYears } from '$lib/metrics/density-years';
import { giniMatrix, giniMatrixDescription } from '$lib/charts/analysis/gini-matrix';
import { theilDescription, theilParts, theilStacks } from '$lib/charts/analysis/theil-decomposition';
import { unusualCoverage } from '$lib/charts/analysis/measured-years';
import BetaConvergenceChart from '$lib/charts/analysis/BetaConvergenceChart.svelte';
import DensityChart from '$lib/charts/analysis/DensityChart.svelte';
import DispersionTrendChart from '$lib/charts/analysis/DispersionTrendChart.svelte';
import GiniMatrixChart from '$lib/charts/analysis/GiniMatrixChart.svelte';
import StackedYearsChart from '$lib/charts/analysis/StackedYearsChart.svelte';
import { chartSvg, snapshotFile } from './support/svg-snapshot';
import { FIRST_YEAR, SELECT, UNITS, YEAR, YEARS, isSelected, provinceValues } from './support/chart-fixtures';

const REGIONS = SCHEME_REGIONS.region4;
const values = provinceValues(YEAR);
const valueOf = (p: ProvinceValue) => p.value;
const regionOf = (p: ProvinceValue) => p.region;

/** Each year's measure over the year's province values. */
const measuredYears = <T>(measure: (rows: ProvinceValue[]) => T) =>
	YEARS.map((year) => ({ year, ...measure(provinceValues(year)) }));

describe('every analysis Chart component draws the same picture from the same rows', () => {
	it('BetaConvergenceChart: growth 2011–2020 against the 2011 level, one point per province', async () => {
		const outcome = betaOutcome(provinceValues(FIRST_YEAR), values, { from: FIRST_YEAR, to: YEAR });
		if (outcome.kind !== 'fit') throw new Error(`no β fit: ${outcome.kind}`);
		const svg = chartSvg(BetaConvergenceChart, {
			fit: outcome.fit,
			points: outcome.points,
			from: FIRST_YEAR,
			to: YEAR,
			regions: REGIONS,
			isSelected,
			hasSelection: true,
			lang: 'zh'
		});
		await expect(svg).toMatchFileSnapshot(snapshotFile('beta-convergence', 'zh'));
	});

	it('DensityChart: the provinces’ distribution in 2015 and in 2020, with a rug of each', async () => {
		const svg = chartSvg(DensityChart, {
			years: densityYears(provinceValues(2015), values, { from: 2015, to: YEAR }),
			isSelected,
			hasSelection: true,
			labelled: selectedProvinces(SELECT),
			unit: UNITS.unit_zh,
			lang: 'zh'
		});
		await expect(svg).toMatchFileSnapshot(snapshotFile('density', 'zh'));
	});

	it('DispersionTrendChart: the dispersion battery for every year', async () => {
		const rows = measuredYears((v) => dispersion(v, valueOf, regionOf));
		const svg = chartSvg(DispersionTrendChart, { rows, year: YEAR, lang: 'zh' });
		await expect(svg).toMatchFileSnapshot(snapshotFile('dispersion-trend', 'zh'));
	});

	it('GiniMatrixChart: the 2020 Gini between and within the four regions', async () => {
		const row = measuredYears((v) => dagumGini(v, valueOf, regionOf)).find((r) => r.year === YEAR);
		const { regions, cells } = giniMatrix(row, REGIONS);
		const svg = chartSvg(GiniMatrixChart, {
			regions,
			cells,
			lang: 'zh',
			description: giniMatrixDescription(cells, 'zh', YEAR)
		});
		await expect(svg).toMatchFileSnapshot(snapshotFile('gini-matrix', 'zh'));
	});

	it('StackedYearsChart: Theil’s T split within and between regions every year, with the between share', async () => {
		const rows = measuredYears((v) => theil(v, valueOf, regionOf));
		const svg = chartSvg(StackedYearsChart, {
			parts: theilParts('zh'),
			stacks: theilStacks(rows, 'zh'),
			flagged: unusualCoverage(rows),
			year: YEAR,
			lang: 'zh',
			description: theilDescription(rows, 'zh', 'equal'),
			share: {
				label: t('zh', 'ineq_share_panel'),
				values: rows.map((r) => ({ year: r.year, share: r.ok ? r.value.between_share : null }))
			}
		});
		await expect(svg).toMatchFileSnapshot(snapshotFile('stacked-years', 'zh'));
	});
});
