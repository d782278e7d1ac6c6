// The strings of the compare page: the picker, its notices and the province-compare chart.
export const zh = {
	nav_compare: '比较',
	compareIntro:
		'选择 2 至 8 个省份或区域，比较它们历年的指标值。区域线为该区域内有数据省份的简单平均；缺少数据的年份留空，不做插值。',
	compare_searchLabel: '添加省份或区域',
	compare_searchPlaceholder: '输入中文、英文或拼音，如 内蒙古、Inner Mongolia、neimenggu',
	compare_searchHint: '上下方向键选择，回车添加，Esc 关闭列表。',
	compare_matches: '{n} 个匹配项',
	compare_noMatch: '没有匹配的省份或区域',
	compare_kind_region: '区域',
	compare_kind_province: '省份',
	compare_selected: '正在比较',
	compare_remove: '移除{name}',
	compare_clear: '全部移除',
	compare_full: '最多比较 {max} 项；要添加新的，请先移除一项。',
	compare_prompt: '请至少选择两个省份或区域进行比较。',
	compare_truncated: '链接中选择了 {n} 项，最多可比较 {max} 项：只显示前 {max} 项（{dropped} 已略去）。',
	chart_compare: '{indicator}：所选省份与区域的比较',
	chart_compare_lines: '同一坐标中的折线',
	chart_compare_panels: '分面小图（纵轴刻度相同）',
	chart_compare_desc: '{first}–{last} 年：{values}',
	chart_compare_panelDesc: '{name}：{values}',
	compare_regionMean: '{region}（平均）',
	compare_coverage: '有数据的年份：{items}',
	compare_regionNote: '区域线为该区域内当年有数据省份的简单平均'
};

export const en: Record<keyof typeof zh, string> = {
	nav_compare: 'Compare',
	compareIntro:
		'Pick 2 to 8 provinces or regions and compare their values over the years. A region’s line is the simple mean of its provinces with data; years without data are left blank, never interpolated.',
	compare_searchLabel: 'Add a province or region',
	compare_searchPlaceholder: 'Chinese, English or pinyin: 内蒙古, Inner Mongolia, neimenggu',
	compare_searchHint: 'Arrow keys to choose, Enter to add, Escape to close the list.',
	compare_matches: '{n} {n|match|matches}',
	compare_noMatch: 'No province or region matches',
	compare_kind_region: 'region',
	compare_kind_province: 'province',
	compare_selected: 'Compared',
	compare_remove: 'Remove {name}',
	compare_clear: 'Remove all',
	compare_full: 'At most {max} can be compared; remove one to add another.',
	compare_prompt: 'Pick at least two provinces or regions to compare.',
	compare_truncated:
		'The link selects {n}; at most {max} can be compared, so the first {max} are shown ({dropped} left out).',
	chart_compare: '{indicator}: selected provinces and regions compared',
	chart_compare_lines: 'Lines on one scale',
	chart_compare_panels: 'Small multiples (same vertical scale)',
	chart_compare_desc: '{first}–{last}: {values}',
	chart_compare_panelDesc: '{name}: {values}',
	compare_regionMean: '{region} (mean)',
	compare_coverage: 'Years with data: {items}',
	compare_regionNote: 'A region’s line is the simple mean of its provinces with data that year'
};
