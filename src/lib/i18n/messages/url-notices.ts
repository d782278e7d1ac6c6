// The notices shown when a link's parameter is unknown or malformed and falls back (components/notice-text.ts).
export const zh = {
	notice_indicator: '链接中的指标“{value}”不存在，已改为默认指标 {fallback}。',
	notice_year: '链接中的年份“{value}”没有该指标的数据，已改为 {fallback} 年。',
	notice_scheme: '链接中的区域划分“{value}”无效，已改为 {fallback}。',
	notice_select: '链接中的选择“{value}”不是已知的区域或省份，已忽略。',
	notice_lang: '链接中的语言“{value}”不受支持，已改为中文。',
	notice_weighting: '链接中的加权方式“{value}”无效，已改为 {fallback}。',
	notice_weights: '链接中的空间权重“{value}”无效，已改为 {fallback}。',
	notice_from: '链接中的起始年份“{value}”没有该指标的数据，已改为 {fallback} 年。',
	notice_v: '链接的版本“{value}”无法识别（本站为第 {fallback} 版），已尽量按当前版本读取。',
	notice_select_many: '已忽略链接中 {n} 个无法识别的区域或省份：{values}。',
	notice_value: '“{value}”',
	notice_more: '{list} 等',
	notice_repeated: '链接中的参数“{param}”出现了 {n} 次，只读取了第一个。',
	notice_x: '链接中横轴的指标“{value}”不存在，已改为 {fallback}。',
	notice_y: '链接中纵轴的指标“{value}”无法使用（不存在，或与横轴相同），已改为 {fallback}。',
	notice_per:
		'链接中的“per={value}”未使用：只有总量（如数量、长度、金额）可以按每万人显示，指数不除以人口；已显示原值。',
	notice_scale: '链接中的坐标刻度“{value}”无效，已改为线性刻度。',
	notice_composite: '链接中的合成指数定义“{value}”未使用：{problem}。',
	composite_problem_syntax: '无法读取“{item}”（格式为 方法:指标,-指标,…）',
	composite_problem_method: '方法“{item}”未知（可用 equal、entropy、custom）',
	composite_problem_unknown: '指标“{item}”不存在',
	composite_problem_repeated: '指标“{item}”出现了不止一次',
	composite_problem_weight: '权重“{item}”不是正数',
	composite_problem_unweighted: '自定义权重时，指标“{item}”没有给出权重',
	composite_problem_too_few: '至少需要 2 个指标（给出了 {item} 个）',
	composite_problem_too_many: '最多 12 个指标（给出了 {item} 个）',
	composite_problem_no_common_year: '这些指标没有共同的年份'
};

export const en: Record<keyof typeof zh, string> = {
	notice_indicator: 'The link names an unknown indicator “{value}”; showing the default, {fallback}.',
	notice_year: 'The link asks for year “{value}”, which has no data for this indicator; showing {fallback}.',
	notice_scheme: 'The link names an unknown region scheme “{value}”; showing {fallback}.',
	notice_select: 'The link selects “{value}”, which is not a known region or province; ignored.',
	notice_lang: 'The link asks for language “{value}”, which is not offered; showing Chinese.',
	notice_weighting: 'The link names an unknown weighting “{value}”; using {fallback}.',
	notice_weights: 'The link names unknown spatial weights “{value}”; using {fallback}.',
	notice_from:
		'The link asks for start year “{value}”, which has no data for this indicator; using {fallback}.',
	notice_v:
		'The link’s version “{value}” is not one this site knows (it is version {fallback}); it was read as well as possible.',
	notice_select_many: 'Ignored {n} unrecognised regions or provinces in the link: {values}.',
	notice_value: '“{value}”',
	notice_more: '{list} and {rest} more',
	notice_repeated: 'The link gives “{param}” {n} times; only the first was read.',
	notice_x: 'The link names an unknown indicator “{value}” for the horizontal axis; showing {fallback}.',
	notice_y:
		'The link’s indicator “{value}” for the vertical axis cannot be used (unknown, or the same as the horizontal axis); showing {fallback}.',
	notice_per:
		'The link’s “per={value}” was not used: only a total (a count, a length, an amount) can be shown per 10,000 residents, and an index is never divided; showing the values as given.',
	notice_scale: 'The link asks for an unknown axis scale “{value}”; using a linear scale.',
	notice_composite: 'The link’s composite index “{value}” was not used: {problem}.',
	composite_problem_syntax: '“{item}” cannot be read (the form is method:indicator,-indicator,…)',
	composite_problem_method: 'the method “{item}” is unknown (equal, entropy or custom)',
	composite_problem_unknown: 'there is no indicator “{item}”',
	composite_problem_repeated: 'the indicator “{item}” is listed more than once',
	composite_problem_weight: 'the weight “{item}” is not a positive number',
	composite_problem_unweighted: 'custom weights need a weight for “{item}”',
	composite_problem_too_few: 'it needs at least 2 indicators ({item} given)',
	composite_problem_too_many: 'it takes at most 12 indicators ({item} given)',
	composite_problem_no_common_year: 'its indicators have no year in common'
};
