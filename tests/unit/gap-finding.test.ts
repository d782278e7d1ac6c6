// The headline and the gap chart's title, computed from the real data through the same SQL as the page.
// Expected figures were computed by hand (a short Python script over data/observations/pku_dfiic.csv and
// data/provinces.csv): e.g. 2023 region4 East 428.1384, West 371.0449; 2011 East 60.7420, West 27.8508.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRegionStats, type RegionStat } from '$lib/queries/region-stats';
import { regionGap } from '$lib/metrics/gap';
import { gapHeadline, gapTrendTitle } from '$lib/charts/gap-finding';
import { realDatabase } from './support/real-data';
import type { NodeDatabase } from '$lib/db/node';

let db: NodeDatabase;
const loaded = new Map<string, RegionStat[]>();
const stats = (key: string): RegionStat[] => loaded.get(key) ?? [];

beforeAll(async () => {
	db = await realDatabase();
	for (const [indicator, scheme] of [
		['pku_dfiic_index_aggregate', 'region4'],
		['pku_dfiic_index_aggregate', 'region3'],
		['pku_dfiic_payment', 'region4'],
		['cps_online_service_index', 'region4']
	] as const) {
		loaded.set(`${indicator}|${scheme}`, await queryRegionStats(db, { indicator, scheme }));
	}
});
afterAll(() => db?.close());

describe('gapHeadline(lang, stats, year)', () => {
	it('states the year’s East and West means, their difference and ratio, and how both moved since the first year', () => {
		expect(gapHeadline('zh', stats('pku_dfiic_index_aggregate|region4'), 2023)).toBe(
			'2023 年，东部平均 428.1，西部平均 371.0，东部比西部高 57.1，是西部的 1.15 倍。' +
				'东西部差距绝对值由 2011 年的 32.9 扩大到 57.1，相对差距由 2.18 倍缩小到 1.15 倍。' +
				'也就是说，按增长率计西部增长得更快，但东部增加的绝对量更多。'
		);
		expect(gapHeadline('en', stats('pku_dfiic_index_aggregate|region4'), 2023)).toBe(
			'In 2023 the East averaged 428.1 and the West 371.0: the East was 57.1 above the West, 1.15 times its level. ' +
				'Since 2011 the absolute East–West gap has widened from 32.9 to 57.1, while the relative gap has narrowed from 2.18 to 1.15 times. ' +
				'The West grew faster in percentage terms, but the East added more in absolute terms.'
		);
	});

	it('uses the view’s scheme: the three belts put the Northeast in the East', () => {
		expect(gapHeadline('zh', stats('pku_dfiic_index_aggregate|region3'), 2015)).toBe(
			'2015 年，东部平均 242.2，西部平均 206.1，东部比西部高 36.0，是西部的 1.17 倍。' +
				'东西部差距绝对值由 2011 年的 31.3 扩大到 36.0，相对差距由 2.12 倍缩小到 1.17 倍。' +
				'也就是说，按增长率计西部增长得更快，但东部增加的绝对量更多。'
		);
	});

	it('states only the year when it is the first year with both means', () => {
		expect(gapHeadline('en', stats('pku_dfiic_payment|region4'), 2011)).toBe(
			'In 2011 the East averaged 67.9 and the West 30.9: the East was 36.9 above the West, 2.19 times its level.'
		);
	});

	it('says East and West cannot be compared in a year where the West has no value', () => {
		// Party School index 2020: Anhui (Central) only.
		expect(gapHeadline('zh', stats('cps_online_service_index|region4'), 2020)).toBe(
			'2020 年东部、西部没有数据，无法比较东西部。'
		);
	});
});

describe('gapTrendTitle(lang, gap)', () => {
	it('says how the difference and the ratio moved from the first to the last year', () => {
		const gap = regionGap(stats('pku_dfiic_index_aggregate|region4'));
		expect(gapTrendTitle('zh', gap)).toBe('2011—2023 年，东西部差距绝对值扩大，相对差距缩小');
		expect(gapTrendTitle('en', gap)).toBe(
			'2011–2023: the East–West gap widened in absolute terms and narrowed in relative terms'
		);
	});

	it('states the one year’s gap when only one year has both means', () => {
		const gap = regionGap(stats('cps_online_service_index|region4'));
		expect(gapTrendTitle('en', gap)).toMatch(
			/^In 2019 the East was \d+\.\d above the West \(1\.\d\d times\)$/
		);
	});

	it('is null when no year has both means', () => {
		expect(gapTrendTitle('zh', [])).toBeNull();
	});
});
