import { describe, expect, it } from 'vitest';
import { messages } from '$lib/i18n/messages';
import { columnHeader, formatCell, readingColumns } from '$lib/charts/table-cells';
import { GAP_TREND_COLUMNS } from '$lib/charts/gap-trend';
import { LEVEL_DISTRIBUTION_COLUMNS } from '$lib/charts/level-distribution';
import { PROVINCE_COMPARE_COLUMNS } from '$lib/charts/province-compare';
import { PROVINCE_PROFILE_COLUMNS } from '$lib/charts/province-profile';
import { PROVINCE_RANKING_COLUMNS } from '$lib/charts/province-ranking';
import { REGION_SUMMARY_COLUMNS } from '$lib/charts/region-summary';
import { TILE_MAP_COLUMNS } from '$lib/charts/tile-map';
import { BETA_CONVERGENCE_COLUMNS } from '$lib/charts/analysis/beta-convergence';
import { DENSITY_COLUMNS } from '$lib/charts/analysis/density';
import { DISPERSION_TREND_COLUMNS } from '$lib/charts/analysis/dispersion-trend';
import { GINI_DECOMPOSITION_COLUMNS } from '$lib/charts/analysis/gini-decomposition';
import { GINI_MATRIX_COLUMNS } from '$lib/charts/analysis/gini-matrix';
import { THEIL_DECOMPOSITION_COLUMNS } from '$lib/charts/analysis/theil-decomposition';
import { LISA_COLUMNS } from '$lib/charts/analysis/lisa-rows';

const CHART_COLUMNS = {
	GAP_TREND_COLUMNS,
	LEVEL_DISTRIBUTION_COLUMNS,
	PROVINCE_COMPARE_COLUMNS,
	PROVINCE_PROFILE_COLUMNS,
	PROVINCE_RANKING_COLUMNS,
	REGION_SUMMARY_COLUMNS,
	TILE_MAP_COLUMNS,
	BETA_CONVERGENCE_COLUMNS,
	DENSITY_COLUMNS,
	DISPERSION_TREND_COLUMNS,
	GINI_DECOMPOSITION_COLUMNS,
	GINI_MATRIX_COLUMNS,
	THEIL_DECOMPOSITION_COLUMNS,
	LISA_COLUMNS
};

describe('the column catalogue (messages/columns.ts)', () => {
	it.each(Object.entries(CHART_COLUMNS))(
		'has a Chinese and an English header for every column of %s',
		(_, columns) => {
			for (const column of columns) {
				const key = `column_${column}`;
				expect(messages.zh, key).toHaveProperty(key);
				expect(messages.en, key).toHaveProperty(key);
				expect(columnHeader('zh', column)).not.toMatch(/[a-z]{2,}|_/);
				expect(columnHeader('en', column)).not.toMatch(/[\u4e00-\u9fff]|_/);
			}
		}
	);
});

describe('columnHeader(lang, column, unit)', () => {
	it('puts the unit of the values in the header of a value column, in the language’s brackets', () => {
		expect(columnHeader('zh', 'mean', '指数')).toBe('平均值（指数）');
		expect(columnHeader('en', 'mean', 'index')).toBe('Mean (index)');
		expect(columnHeader('zh', 'year', '指数')).toBe('年份');
		expect(columnHeader('en', 'year', 'index')).toBe('Year');
	});
});

describe('formatCell(lang, column, value, options)', () => {
	it('writes years, codes, ranks and counts as plain text, without a thousands separator', () => {
		expect(formatCell('en', 'year', 2011)).toBe('2011');
		expect(formatCell('zh', 'adcode', 310000)).toBe('310000');
		expect(formatCell('zh', 'data_year', 2019)).toBe('2019');
		expect(formatCell('en', 'provinces', 31)).toBe('31');
	});

	it('writes values at the chart’s precision: 2 decimals by default, or significant figures', () => {
		expect(formatCell('en', 'value', 387.487767)).toBe('387.49');
		expect(formatCell('en', 'value', 1234.5)).toBe('1,234.50');
		expect(formatCell('zh', 'mean', 290.1, { digits: 1 })).toBe('290.1');
		expect(formatCell('en', 'total', 0.0123456, { digits: { significant: 3 } })).toBe('0.0123');
	});

	it('names regions, the East–West gap rows, schemes, levels and yes/no in the reader’s language', () => {
		expect(formatCell('zh', 'region', 'east')).toBe('东部');
		expect(formatCell('en', 'region_h', 'northeast')).toBe('Northeast');
		expect(formatCell('zh', 'region', 'east_minus_west')).toBe('东部－西部');
		expect(formatCell('en', 'scheme', 'region3')).toBe('Three belts');
		expect(formatCell('en', 'level', '非常高')).toBe('Very high (>90)');
		expect(formatCell('zh', 'low_confidence', 'yes')).toBe('是');
		expect(formatCell('en', 'weighting', 'population')).toBe('Weighted by 2020 population');
		expect(
			formatCell('en', 'indicator', 'pku_dfiic_payment', { indicators: { pku_dfiic_payment: 'Payment' } })
		).toBe('Payment');
	});

	it('names a LISA cluster and a spatial weights scheme in the reader’s language', () => {
		expect(formatCell('zh', 'cluster', 'high-high')).toBe('高—高集聚');
		expect(formatCell('en', 'cluster', 'not-significant')).toBe('Not significant');
		expect(formatCell('en', 'weights', 'knn4')).toBe('Four nearest capitals');
	});

	it('leaves a missing value empty and other text as it is', () => {
		expect(formatCell('zh', 'value', null)).toBe('');
		expect(formatCell('zh', 'province', '上海')).toBe('上海');
	});
});

describe('readingColumns(columns, rows)', () => {
	const rows = [
		{
			indicator: 'pku_dfiic_payment',
			year: 2011,
			scheme: 'region4',
			region: 'east',
			region_name: '东部',
			mean: 67.86
		},
		{
			indicator: 'pku_dfiic_payment',
			year: 2011,
			scheme: 'region4',
			region: 'west',
			region_name: '西部',
			mean: 30.93
		}
	];

	it('leaves out the region name where the region column shows it, and an indicator and scheme the same in every row', () => {
		expect(readingColumns(REGION_SUMMARY_COLUMNS, rows)).toEqual([
			'year',
			'region',
			'provinces',
			'mean',
			'min',
			'max'
		]);
	});

	it('keeps an indicator column whose rows differ (a province’s profile over indicators)', () => {
		const mixed = [rows[0]!, { ...rows[1]!, indicator: 'pku_dfiic_credit' }];
		expect(readingColumns(['indicator', 'region', 'mean'], mixed)).toEqual(['indicator', 'region', 'mean']);
	});
});
