// Indicators made from others: the picker's groups, the per-capita switch, a composite that cannot be computed.
export const zh = {
	group_government: '数字政府',
	group_economy: '数字经济',
	group_composite: '合成指数',
	perCapita: '按每万人计算',
	methods_section_percapita: '每万人数值',
	import_isTotal: '这是总量吗（如数量、长度、金额）？总量可以按每万人显示',
	perCapitaHint: '以 2020 年第七次全国人口普查常住人口为分母；指数不除以人口',
	composite_failed_empty_pool: '合成指数无法计算：没有哪个省份在同一年有全部指标的数值。',
	composite_failed_single_value:
		'合成指数无法计算：只有一个“省份–年份”有全部指标的数值，无法标准化（首个指标为“{name}”）。',
	composite_failed_no_variation: '合成指数无法计算：“{name}”在所有省份和年份都取同一个值，无法标准化。',
	composite_failed_invalid_weight: '合成指数无法计算：“{name}”的权重不是正数。'
};

export const en: Record<keyof typeof zh, string> = {
	group_government: 'Digital government',
	group_economy: 'Digital economy',
	group_composite: 'Composite index',
	perCapita: 'Per 10,000 residents',
	methods_section_percapita: 'Totals per 10,000 residents',
	import_isTotal:
		'Is this a total, such as a count, a length or an amount? A total can be shown per 10,000 residents',
	perCapitaHint: 'Divided by the resident population of the 2020 census; an index is never divided',
	composite_failed_empty_pool:
		'The composite index cannot be computed: no province has a value of every component in the same year.',
	composite_failed_single_value:
		'The composite index cannot be computed: only one province-year has a value of every component, so nothing can be normalised (the first component is “{name}”).',
	composite_failed_no_variation:
		'The composite index cannot be computed: “{name}” takes the same value in every province and year, so it cannot be normalised.',
	composite_failed_invalid_weight:
		'The composite index cannot be computed: the weight of “{name}” is not a positive number.'
};
