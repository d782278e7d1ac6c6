import { beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '$lib/data/manifest';
import type { Lang } from '$lib/i18n/lang';
import { accessDate, apa, apaText, gbt7714, references, type AccessDate } from '$lib/cite/view-citation';
import { pagePermalink, viewCitationInput } from '$lib/components/view-citation-input';
import { describeView } from '$lib/cite/view-description';
import { citedView, type ViewPage } from '$lib/state/cited-view';
import { parseView } from '$lib/state/view';
import { realDataset } from './support/real-data';

let manifest: Manifest;
beforeAll(async () => {
	manifest = (await realDataset()).manifest;
});

const ACCESSED: AccessDate = { year: 2026, month: 12, day: 7 };
const SITE = 'https://example.org/dashboard';

/** The citations of the page's view of `query`, as the Cite control writes them. */
function cite(page: ViewPage, query: string, lang: Lang) {
	const { view } = parseView(new URLSearchParams(query), manifest);
	const shown = citedView(manifest, view, page);
	const described = describeView(lang, {
		page,
		indicators: shown.indicators,
		year: shown.year,
		scheme: view.scheme,
		highlighted: view.select.map((s) => (s === 440000 ? (lang === 'zh' ? '广东' : 'Guangdong') : String(s)))
	});
	const path = page === 'overview' ? '/' : `/${page}/`;
	const input = {
		lang,
		datasets: shown.datasets,
		view: described,
		permalink: `${SITE}${path}${query}`,
		accessed: ACCESSED
	};
	return { datasets: shown.datasets.map((d) => d.id), gbt: gbt7714(input), apa: apa(input).map(apaText) };
}

describe('viewCitationInput(manifest, view, page, permalink, accessed) and references(input)', () => {
	it("describes the view with its highlighted provinces' names and lists GB/T 7714 in Chinese, APA in English", () => {
		const q = '?v=1&indicator=pku_dfiic_index_aggregate&year=2023&scheme=region4&select=440000';
		const { view } = parseView(new URLSearchParams(q), manifest);
		const zh = viewCitationInput(manifest, view, 'analysis', `${SITE}/analysis/${q}`, ACCESSED);
		expect(zh.view).toBe('数字普惠金融总指数，2023 年，四大区域，突出显示广东（差距测度）');
		expect(zh.datasets.map((d) => d.publisher_zh)).toEqual([['北京大学数字金融研究中心课题组']]);
		expect(references(zh)).toEqual(gbt7714(zh));
		const en = viewCitationInput(manifest, { ...view, lang: 'en' }, 'overview', `${SITE}/${q}`, ACCESSED);
		expect(references(en)).toEqual(apa(en).map(apaText));
		expect(references(en)[0]).toMatch(
			/^Peking University Institute of Digital Finance\. \(n\.d\.\)\. .+Guangdong \(Overview\) \[Data set\]/
		);
	});

	it("takes what a page shows as given (the briefing adds the census of a population-weighted Theil index to the overview's)", () => {
		const { view } = parseView(new URLSearchParams('?v=1&weighting=population'), manifest);
		const overview = viewCitationInput(manifest, view, 'overview', SITE, ACCESSED);
		expect(overview.datasets).toHaveLength(1);
		const withCensus = viewCitationInput(
			manifest,
			view,
			'overview',
			SITE,
			ACCESSED,
			citedView(manifest, view, 'analysis')
		);
		expect(withCensus.datasets).toHaveLength(2);
		expect(withCensus.view).toBe(overview.view);
	});

	it("writes the permalink as the page's own folder with the view, absolute from the address given", () => {
		const { view } = parseView(new URLSearchParams('?v=1&year=2019'), manifest);
		expect(pagePermalink('analysis', view, 'http://localhost:4173/brief/?x=1')).toBe(
			'http://localhost:4173/analysis/?v=1&indicator=pku_dfiic_index_aggregate&year=2019&scheme=region4'
		);
		expect(pagePermalink('overview', view, 'http://localhost:4173/brief/')).toBe(
			'http://localhost:4173/?v=1&indicator=pku_dfiic_index_aggregate&year=2019&scheme=region4'
		);
	});
});

describe('the citation of a view (GB/T 7714-2015 and APA 7th ed.)', () => {
	it('cites the default overview in Chinese: the PKU research group, the view after the title, [DB/OL], no year (not known), the access date and the permalink', () => {
		const q = '?v=1&indicator=pku_dfiic_index_aggregate&year=2023&scheme=region4';
		expect(cite('overview', q, 'zh')).toEqual({
			datasets: ['pku_dfiic'],
			gbt: [
				`[1] 北京大学数字金融研究中心课题组. 北京大学数字普惠金融指数（2011—2023 年）：数字普惠金融总指数，2023 年，四大区域（概览）[DB/OL]. [2026-12-07]. ${SITE}/${q}.`
			],
			apa: [
				`北京大学数字金融研究中心课题组. (无日期). 北京大学数字普惠金融指数（2011—2023 年）：数字普惠金融总指数，2023 年，四大区域（概览） [数据集]. 2026 年 12 月 7 日检索自 ${SITE}/${q}`
			]
		});
	});

	it('cites the default overview in English: the Institute of Digital Finance, n.d. where the year is not known, "Retrieved Month D, YYYY, from"', () => {
		const q = '?v=1&indicator=pku_dfiic_index_aggregate&year=2023&scheme=region4&lang=en';
		expect(cite('overview', q, 'en')).toEqual({
			datasets: ['pku_dfiic'],
			gbt: [
				`[1] Peking University Institute of Digital Finance. The Peking University Digital Financial Inclusion Index of China (PKU-DFIIC), 2011–2023: Digital financial inclusion index, 2023, four regions (Overview)[DB/OL]. [2026-12-07]. ${SITE}/${q}.`
			],
			apa: [
				`Peking University Institute of Digital Finance. (n.d.). The Peking University Digital Financial Inclusion Index of China (PKU-DFIIC), 2011–2023: Digital financial inclusion index, 2023, four regions (Overview) [Data set]. Retrieved December 7, 2026, from ${SITE}/${q}`
			]
		});
	});

	it('cites both datasets of a /relate view once each, in datasets.csv order, the Party School reports with their span of years', () => {
		const q = '?v=1&indicator=pku_dfiic_index_aggregate&year=2019&scheme=region3&select=440000';
		const view =
			'省级政府网上政务服务能力总体指数与数字普惠金融总指数，2019 年，三大地带，突出显示广东（关联分析）';
		expect(cite('relate', q, 'zh')).toEqual({
			datasets: ['pku_dfiic', 'cps'],
			gbt: [
				`[1] 北京大学数字金融研究中心课题组. 北京大学数字普惠金融指数（2011—2023 年）：${view}[DB/OL]. [2026-12-07]. ${SITE}/relate/${q}.`,
				`[2] 中央党校（国家行政学院）电子政务研究中心. 省级政府和重点城市网上政务服务能力调查评估报告：${view}[DB/OL]. (2017—2022)[2026-12-07]. ${SITE}/relate/${q}.`
			],
			apa: [
				`北京大学数字金融研究中心课题组. (无日期). 北京大学数字普惠金融指数（2011—2023 年）：${view} [数据集]. 2026 年 12 月 7 日检索自 ${SITE}/relate/${q}`,
				`中央党校（国家行政学院）电子政务研究中心. (2017—2022). 省级政府和重点城市网上政务服务能力调查评估报告：${view} [数据集]. 2026 年 12 月 7 日检索自 ${SITE}/relate/${q}`
			]
		});
	});

	it('adds the census, with its two publishers and its year, to a population-weighted /analysis view, and APA joins the two with ", &"', () => {
		const q =
			'?v=1&indicator=pku_dfiic_index_aggregate&year=2023&scheme=region4&weighting=population&lang=en';
		const { datasets, gbt, apa: references } = cite('analysis', q, 'en');
		expect(datasets).toEqual(['pku_dfiic', 'census_2020']);
		expect(gbt[1]).toBe(
			'[2] National Bureau of Statistics of China, Office of the Leading Group of the State Council for the Seventh National Population Census. ' +
				'Communiqué of the Seventh National Population Census (No. 3): Population by Region: Digital financial inclusion index, 2023, four regions (Measuring the divide)' +
				`[DB/OL]. (2021)[2026-12-07]. ${SITE}/analysis/${q}.`
		);
		expect(references[1]).toMatch(
			/^National Bureau of Statistics of China, & Office of the Leading Group of the State Council for the Seventh National Population Census\. \(2021\)\. Communiqué/
		);
	});

	it("cites a composite's components' datasets once each, not a dataset of its own", () => {
		const q =
			'?v=1&indicator=composite&year=2019&scheme=region4&composite=equal:pku_dfiic_index_aggregate,pku_dfiic_coverage_breadth,cps_online_service_index';
		expect(cite('overview', q, 'zh').datasets).toEqual(['pku_dfiic', 'cps']);
	});

	it('opens with the title, in italics in APA, where the publisher is not known', () => {
		const broadband = manifest.datasets.find((d) => d.id === 'broadband_2017q2')!;
		const input = {
			lang: 'en' as const,
			datasets: [broadband],
			view: 'a view',
			permalink: 'https://x.test/?v=1',
			accessed: ACCESSED
		};
		expect(gbt7714(input)).toEqual([
			'[1] A reposted report on broadband penetration (2017 Q2): a view[DB/OL]. [2026-12-07]. https://x.test/?v=1.'
		]);
		expect(apa(input)).toEqual([
			{
				before: '',
				title: 'A reposted report on broadband penetration (2017 Q2): a view',
				after: ' [Data set]. (n.d.). Retrieved December 7, 2026, from https://x.test/?v=1'
			}
		]);
	});

	it("takes the access date from the reader's clock in their own time zone", () => {
		expect(accessDate(new Date(2026, 0, 5, 23, 59))).toEqual({ year: 2026, month: 1, day: 5 });
	});
});
