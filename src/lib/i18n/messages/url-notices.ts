// The notices shown when a link's parameter is unknown or malformed and falls back (components/notice-text.ts).
export const zh = {
	notice_indicator: '链接中的指标“{value}”不存在，已改为默认指标 {fallback}。',
	notice_year: '链接中的年份“{value}”没有该指标的数据，已改为 {fallback} 年。',
	notice_scheme: '链接中的区域划分“{value}”无效，已改为 {fallback}。',
	notice_select: '链接中的选择“{value}”不是已知的区域或省份，已忽略。',
	notice_lang: '链接中的语言“{value}”不受支持，已改为中文。',
	notice_weighting: '链接中的加权方式“{value}”无效，已改为 {fallback}。',
	notice_from: '链接中的起始年份“{value}”没有该指标的数据，已改为 {fallback} 年。',
	notice_v: '链接的版本“{value}”无法识别（本站为第 {fallback} 版），已尽量按当前版本读取。',
	notice_select_many: '已忽略链接中 {n} 个无法识别的区域或省份：{values}。',
	notice_value: '“{value}”',
	notice_more: '{list} 等',
	notice_repeated: '链接中的参数“{param}”出现了 {n} 次，只读取了第一个。'
};

export const en: Record<keyof typeof zh, string> = {
	notice_indicator: 'The link names an unknown indicator “{value}”; showing the default, {fallback}.',
	notice_year: 'The link asks for year “{value}”, which has no data for this indicator; showing {fallback}.',
	notice_scheme: 'The link names an unknown region scheme “{value}”; showing {fallback}.',
	notice_select: 'The link selects “{value}”, which is not a known region or province; ignored.',
	notice_lang: 'The link asks for language “{value}”, which is not offered; showing Chinese.',
	notice_weighting: 'The link names an unknown weighting “{value}”; using {fallback}.',
	notice_from:
		'The link asks for start year “{value}”, which has no data for this indicator; using {fallback}.',
	notice_v:
		'The link’s version “{value}” is not one this site knows (it is version {fallback}); it was read as well as possible.',
	notice_select_many: 'Ignored {n} unrecognised regions or provinces in the link: {values}.',
	notice_value: '“{value}”',
	notice_more: '{list} and {rest} more',
	notice_repeated: 'The link gives “{param}” {n} times; only the first was read.'
};
