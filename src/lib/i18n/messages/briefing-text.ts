// The text of the briefing (简报) itself: a catalogue of its own, loaded with the briefing when a reader asks
// for one or opens /brief, not with every page's first view (see scripts/check-budget.ts). Filled as t() fills.
import type { Lang } from '../lang';
import { fillMessage } from '../translate';

const zh = {
	brief_title: '{indicator}区域差距简报（{year} 年）',
	brief_meta: '{date} · 数据：{years} 年，{coverage} · 整理于 {built}',
	brief_link: '本简报的视图：{link}',
	brief_findings: '主要结论',
	brief_regions: '区域与省份',
	brief_regionMeans: '区域平均水平',
	brief_ranking: '省份排名',
	brief_selected: '所选省份',
	brief_structure: '差距构成与收敛',
	brief_theil: '泰尔指数分解',
	brief_convergence: '绝对 β 收敛',
	brief_figures: '图表',
	brief_sources: '数据来源与方法',
	brief_sourceList: '数据来源',
	brief_methodList: '测度方法',
	brief_appendix: '附表',
	brief_appendixTitle: '附表 {year} 年各区域{indicator}统计',
	brief_figure: '图 {n}',
	brief_regionMean: '{region} {mean}（{n} 个省份）',
	brief_regionMeansSentence: '{year} 年，各区域省份的平均值为：{means}。',
	brief_noRegionMean: '{region}无数据',
	brief_top: '{year} 年排名前三的省份为{provinces}；',
	brief_bottom: '排名后三位的为{provinces}。',
	brief_provinceValue: '{province}（{value}）',
	brief_noTheil: '泰尔指数在各年均无法计算。',
	brief_beta: '{title}（{stats}）。',
	brief_method_mean: '区域平均值为该区域有数据省份数值的算术平均，区域按{scheme}划分；缺失值不补。',
	brief_method_gap: '东西部差距：东部平均值减西部平均值（绝对差距）及两者之比（相对差距，1 表示无差距）。',
	brief_method_theil:
		'泰尔指数 T（{weighting}）分解为区域内与区域间两部分，区域间占比即区域间差距所占份额（Theil 1967；Shorrocks 1980）。',
	brief_method_beta:
		'绝对 β 收敛：以 {from}—{to} 年各省年均对数增长率对初始值的对数作最小二乘回归，收敛速度 λ = −ln(1 + βT)/T（Barro & Sala-i-Martin 1992）。',
	brief_method_rank: '排名按当年数值由高到低，并列者名次相同。',
	brief_weighting_equal: '各省等权',
	brief_weighting_population: '按 2020 年人口加权',
	brief_column_region: '区域',
	brief_column_provinces: '有数据省份',
	brief_column_mean: '平均值',
	brief_column_min: '最小值',
	brief_column_max: '最大值'
};

const en: Record<keyof typeof zh, string> = {
	brief_title: '{indicator}: the regional gap in {year}',
	brief_meta: '{date} · Data: {years}, {coverage} · compiled {built}',
	brief_link: 'The view of this briefing: {link}',
	brief_findings: 'Key findings',
	brief_regions: 'Regions and provinces',
	brief_regionMeans: 'Regional means',
	brief_ranking: 'Provincial ranking',
	brief_selected: 'Selected provinces',
	brief_structure: 'What the gap is made of, and convergence',
	brief_theil: 'Theil decomposition',
	brief_convergence: 'Absolute β-convergence',
	brief_figures: 'Charts',
	brief_sources: 'Sources and methods',
	brief_sourceList: 'Sources',
	brief_methodList: 'Measures',
	brief_appendix: 'Appendix',
	brief_appendixTitle: 'Appendix table: {indicator} by region, {year}',
	brief_figure: 'Figure {n}',
	brief_regionMean: '{region} {mean} ({n} provinces)',
	brief_regionMeansSentence: 'In {year} the mean of the provinces of each region was: {means}.',
	brief_noRegionMean: '{region} no data',
	brief_top: 'In {year} the three highest provinces were {provinces};',
	brief_bottom: ' the three lowest were {provinces}.',
	brief_provinceValue: '{province} ({value})',
	brief_noTheil: 'The Theil index is not defined in any year.',
	brief_beta: '{title} ({stats}).',
	brief_method_mean:
		"A region's mean is the arithmetic mean of its provinces with data (regions: {scheme}); missing values are not filled.",
	brief_method_gap:
		'The East–West gap: the East mean minus the West mean (the difference) and their ratio (1 = no gap).',
	brief_method_theil:
		'Theil T ({weighting}), split into within- and between-region parts; the between-region share is the part of the index due to the gap between regions (Theil 1967; Shorrocks 1980).',
	brief_method_beta:
		"Absolute β-convergence: each province's average annual log growth {from}–{to} regressed on the log of its initial value by least squares; speed λ = −ln(1 + βT)/T (Barro & Sala-i-Martin 1992).",
	brief_method_rank: "Provinces are ranked by the year's value, highest first; ties share a rank.",
	brief_weighting_equal: 'provinces weighted equally',
	brief_weighting_population: 'weighted by 2020 population',
	brief_column_region: 'Region',
	brief_column_provinces: 'Provinces with data',
	brief_column_mean: 'Mean',
	brief_column_min: 'Min',
	brief_column_max: 'Max'
};

export type BriefingKey = keyof typeof zh;

/** A message of the briefing in the language, its placeholders filled. */
export const briefText = (lang: Lang, key: BriefingKey, vars: Record<string, string | number> = {}): string =>
	fillMessage(lang, (lang === 'zh' ? zh : en)[key], vars);
