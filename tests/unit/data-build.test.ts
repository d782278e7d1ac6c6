import { beforeAll, describe, expect, it } from 'vitest';
import type { Table } from 'apache-arrow';
import { buildDataset, type Dataset } from '../../scripts/data/build';

let dataset: Dataset;
beforeAll(async () => {
	dataset = await buildDataset('data');
});

function observation(indicator: string, year: number, adcode: number): number | undefined {
	const table = dataset.tables.observations as Table;
	for (const row of table) {
		if (row.indicator === indicator && row.year === year && row.adcode === adcode) return row.value as number;
	}
	return undefined;
}

describe('buildDataset on data/', () => {
	it('yields 3441 PKU and 32 Party School observation rows, 31 provinces, 62 province-region rows and 31 populations', () => {
		const rows = Object.fromEntries(Object.entries(dataset.tables).map(([name, t]) => [name, t.numRows]));
		expect(rows).toEqual({ observations: 3441 + 32, provinces: 31, province_regions: 62, population: 31 });
		expect(dataset.manifest.tables.map(({ name, file, rows }) => ({ name, file, rows }))).toEqual([
			{ name: 'observations', file: 'observations.arrow', rows: 3473 },
			{ name: 'provinces', file: 'provinces.arrow', rows: 31 },
			{ name: 'province_regions', file: 'province_regions.arrow', rows: 62 },
			{ name: 'population', file: 'population.arrow', rows: 31 }
		]);
	});

	it('lists the 11 indicators in indicators.csv order', () => {
		expect(dataset.manifest.indicators.map((i) => i.id)).toEqual([
			'pku_dfiic_index_aggregate',
			'pku_dfiic_coverage_breadth',
			'pku_dfiic_usage_depth',
			'pku_dfiic_digitization_level',
			'pku_dfiic_payment',
			'pku_dfiic_insurance',
			'pku_dfiic_monetary_fund',
			'pku_dfiic_investment',
			'pku_dfiic_credit',
			'pku_dfiic_credit_investigation',
			'cps_online_service_index'
		]);
	});

	it('records coverage as it is: investment 2014–2023, monetary fund 2013–2018, credit investigation 2015–2018, 31 provinces each', () => {
		const years = (id: string) => dataset.manifest.indicators.find((i) => i.id === id)?.years;
		const full = (from: number, to: number) =>
			Array.from({ length: to - from + 1 }, (_, i) => ({ year: from + i, provinces: 31 }));
		expect(years('pku_dfiic_index_aggregate')).toEqual(full(2011, 2023));
		expect(years('pku_dfiic_investment')).toEqual(full(2014, 2023));
		expect(years('pku_dfiic_monetary_fund')).toEqual(full(2013, 2018));
		expect(years('pku_dfiic_credit_investigation')).toEqual(full(2015, 2018));
	});

	it('has Party School scores for 31 provinces in 2019 and for Anhui alone in 2020, from two sources', () => {
		const cps = dataset.manifest.indicators.find((i) => i.id === 'cps_online_service_index');
		expect(cps?.years).toEqual([
			{ year: 2019, provinces: 31 },
			{ year: 2020, provinces: 1 }
		]);
		expect(cps?.source_urls).toEqual([
			'https://kuaihz.com/tid6/tid77_1390422.html',
			'http://www.e-gov.org.cn/article-177378.html'
		]);
		expect(observation('cps_online_service_index', 2020, 340000)).toBe(91.02);
	});

	it('keeps the values of the CSV exactly (PKU aggregate 2019: Zhejiang 387.487767, Gansu 289.140469)', () => {
		expect(observation('pku_dfiic_index_aggregate', 2019, 330000)).toBe(387.487767);
		expect(observation('pku_dfiic_index_aggregate', 2019, 620000)).toBe(289.140469);
	});

	it('gives every province both region schemes, with the northeast only in the four-region scheme', () => {
		const { provinces } = dataset.manifest;
		expect(provinces).toHaveLength(31);
		expect(provinces.find((p) => p.adcode === 210000)).toMatchObject({
			region4: 'northeast',
			region3: 'east'
		});
		expect(provinces.filter((p) => p.region4 === 'northeast').map((p) => p.adcode)).toEqual([
			210000, 220000, 230000
		]);
		expect(provinces.some((p) => p.region3 === 'northeast')).toBe(false);
	});

	it('keeps every published rank, with XPCC as a unit without adcode', () => {
		const { published_ranks } = dataset.manifest;
		expect(published_ranks).toHaveLength(55);
		expect(published_ranks.find((r) => r.adcode === null)).toMatchObject({
			data_year: 2019,
			unit_zh: '新疆生产建设兵团',
			rank: 28
		});
	});

	it('leaves out of level_counts the one row whose data year is unknown', () => {
		expect(dataset.manifest.level_counts).toHaveLength(10);
		expect(dataset.manifest.level_counts.every((c) => Number.isInteger(c.data_year))).toBe(true);
	});

	it('marks as low confidence only the 2020 level count that may repeat the previous report', () => {
		const doubtful = dataset.manifest.level_counts.filter((c) => c.low_confidence);
		expect(doubtful).toEqual([
			expect.objectContaining({ data_year: 2020, level: '非常高', province_count: 8 })
		]);
	});

	it('carries the disputed Hubei 2019 value and the context figures with their sources', () => {
		expect(dataset.manifest.disputed).toEqual([
			expect.objectContaining({
				indicator: 'cps_online_service_index',
				year: 2019,
				adcode: 420000,
				value: 88.04,
				rank: 7
			})
		]);
		expect(dataset.manifest.context).toHaveLength(20 + 15);
		expect(dataset.manifest.context.every((c) => c.source !== '')).toBe(true);
		expect(dataset.manifest.context.find((c) => c.id === 'city_brain_tenders')).toMatchObject({
			year: '2018-2021',
			value: 41,
			note: ''
		});
	});

	it('cites every indicator by its publisher from datasets.csv, never by the file it was taken from', () => {
		const pku = dataset.manifest.indicators.find((i) => i.id === 'pku_dfiic_index_aggregate');
		expect(pku?.source_zh).toBe('北京大学数字金融研究中心课题组《北京大学数字普惠金融指数（2011—2023 年）》');
		expect(pku?.source_en).toContain('Peking University Institute of Digital Finance');
		for (const i of dataset.manifest.indicators)
			expect(`${i.source_zh} ${i.source_en}`).not.toMatch(/github:|\.dta|https?:/);
	});

	it('gives each dataset its publishers, title and year of publication for a citation, none where not known', () => {
		const byId = Object.fromEntries(dataset.manifest.datasets.map((d) => [d.id, d]));
		expect(byId.pku_dfiic).toMatchObject({
			publisher_zh: ['北京大学数字金融研究中心课题组'],
			publisher_en: ['Peking University Institute of Digital Finance'],
			title_zh: '北京大学数字普惠金融指数（2011—2023 年）',
			published: []
		});
		expect(byId.cps?.published).toEqual([2017, 2022]);
		expect(byId.census_2020).toMatchObject({
			publisher_zh: ['国家统计局', '国务院第七次全国人口普查领导小组办公室'],
			published: [2021]
		});
		expect(byId.broadband_2017q2?.publisher_en).toEqual([]);
	});

	it('lists each dataset with its citation and where its rows were taken from (the PKU copy on GitHub, the reposting pages)', () => {
		const byId = Object.fromEntries(dataset.manifest.datasets.map((d) => [d.id, d]));
		expect(Object.keys(byId)).toEqual(
			expect.arrayContaining(['pku_dfiic', 'cps', 'nbs_regions', 'census_2020', 'caict_2022', 'miit_2023'])
		);
		expect(byId.pku_dfiic?.provenance).toEqual([
			'github:pedrohcgs/claude-code-my-workflow@f97ce33c8bd0084937fcd2c98b37e26c8ca24198:PKU_DFIIC_province.dta'
		]);
		expect(byId.pku_dfiic?.obtained).toBe('copy');
		expect(byId.census_2020?.provenance).toEqual(['https://zczxwang.com/news/show-65274.html']);
		// The 2021 leaders' row names two pages: each is listed once.
		expect(byId.cps?.provenance).toContain('http://tjtaiding.com/taipingyangjingji/605.html');
		expect(byId.nbs_regions).toMatchObject({
			url: 'http://www.stats.gov.cn/tjzs/t20110613_402731597.htm',
			obtained: 'publisher'
		});
	});

	it('gives every context figure its publisher, its scope in both languages and how to write it', () => {
		const subscribers = dataset.manifest.context.find(
			(c) => c.id === 'fixed_broadband_100mbps_plus_subscribers' && c.scope_en === 'East'
		);
		expect(subscribers).toMatchObject({
			value: 14219,
			multiplier: 10000,
			dataset: 'miit_2019q1',
			scope_zh: '东部'
		});
		const ids = new Set(dataset.manifest.datasets.map((d) => d.id));
		expect(dataset.manifest.context.every((c) => ids.has(c.dataset))).toBe(true);
	});
});
