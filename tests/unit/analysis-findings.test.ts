// The /analysis charts' titles that state a finding, from the real data through the page's SQL. The figures
// are those checked against independent Python computations in analysis-*.test.ts (Theil 2011 0.0982,
// 2023 0.0033; Gini 2011 0.2478; CV 2011 0.4652, 2023 0.0834; β 2011→2023 −0.0696, λ 0.1505/yr).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryTheil } from '$lib/queries/theil';
import { queryGini } from '$lib/queries/gini';
import { queryDispersion } from '$lib/queries/dispersion';
import { queryProvinceValues } from '$lib/queries/province-values';
import { SCHEME_REGIONS } from '$lib/data/manifest';
import { betaOutcome } from '$lib/charts/analysis/beta-convergence';
import { giniMatrix } from '$lib/charts/analysis/gini-matrix';
import { betaTitle, giniMatrixTitle, measureTrendTitle } from '$lib/charts/analysis/analysis-findings';
import { realDatabase } from './support/real-data';
import type { NodeDatabase } from '$lib/db/node';

let db: NodeDatabase;
beforeAll(async () => {
	db = await realDatabase();
});
afterAll(() => db?.close());

const indicator = 'pku_dfiic_index_aggregate';
const scheme = 'region4';

describe('measureTrendTitle(lang, measure, points)', () => {
	it('states the Theil index of the first and the last year, to two significant figures', async () => {
		const rows = await queryTheil(db, { indicator, scheme });
		const points = rows.map((r) => ({ year: r.year, value: r.ok ? r.value.total : null }));
		expect(measureTrendTitle('zh', 'theil', points)).toBe('2011—2023 年，泰尔指数由 0.098 降至 0.0033');
		expect(measureTrendTitle('en', 'theil', points)).toBe(
			'2011–2023: the Theil index fell from 0.098 to 0.0033'
		);
	});

	it('states the coefficient of variation and the Gini coefficient the same way', async () => {
		const dispersion = await queryDispersion(db, { indicator, scheme });
		const cv = dispersion.map((r) => ({
			year: r.year,
			value: r.ok && r.value.cv.ok ? r.value.cv.value : null
		}));
		expect(measureTrendTitle('zh', 'cv', cv)).toBe('2011—2023 年，变异系数由 0.47 降至 0.083');
		const gini = (await queryGini(db, { indicator, scheme })).map((r) => ({
			year: r.year,
			value: r.ok ? r.value.total : null
		}));
		expect(measureTrendTitle('en', 'gini', gini)).toMatch(
			/^2011–2023: the Gini coefficient fell from 0\.25 to /
		);
	});

	it('skips years without a figure and states nothing with fewer than two', () => {
		expect(
			measureTrendTitle('en', 'theil', [
				{ year: 2011, value: null },
				{ year: 2012, value: 0.5 },
				{ year: 2013, value: 0.5 }
			])
		).toBe('2012–2013: the Theil index held at 0.50');
		expect(measureTrendTitle('en', 'theil', [{ year: 2019, value: 0.01 }])).toBeNull();
	});
});

describe('giniMatrixTitle(lang, cells, year)', () => {
	it('names the pair of regions with the highest between-region Gini', async () => {
		const row = (await queryGini(db, { indicator, scheme })).find((r) => r.year === 2023);
		const { cells } = giniMatrix(row, SCHEME_REGIONS.region4);
		expect(giniMatrixTitle('zh', cells, 2023)).toBe('2023 年，东部与东北之间的基尼系数最高（0.077）');
	});
});

describe('betaTitle(lang, fit, span)', () => {
	it('reads a negative β as the lower provinces growing faster, with the speed of convergence', async () => {
		const start = await queryProvinceValues(db, { indicator, year: 2011, scheme });
		const end = await queryProvinceValues(db, { indicator, year: 2023, scheme });
		const outcome = betaOutcome(start, end, { from: 2011, to: 2023 });
		if (outcome.kind !== 'fit') throw new Error('no fit');
		expect(betaTitle('zh', outcome.fit, { from: 2011, to: 2023 })).toBe(
			'2011—2023 年，初始水平较低的省份增长更快（每年收敛 15.0%）'
		);
	});

	it('reads a positive β as divergence and an undefined speed as overtaking', () => {
		const fit = { provinces: 31, beta: 0.01, intercept: 0, r2: 0.5, speed: -0.01 };
		expect(betaTitle('en', fit, { from: 2015, to: 2020 })).toBe(
			'2015–2020: provinces that started higher grew faster (divergence)'
		);
		expect(betaTitle('en', { ...fit, beta: -0.3, speed: null }, { from: 2015, to: 2020 })).toBe(
			'2015–2020: provinces that started lower grew fast enough to overtake'
		);
	});
});
