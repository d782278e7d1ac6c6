// The findings stated in words: the overview's headline and the chart titles that say what a chart shows.
export const zh = {
	headline_year:
		'{year} 年，东部平均 {east}，西部平均 {west}，东部比西部{direction} {difference}，是西部的 {ratio} 倍。',
	headline_above: '高',
	headline_below: '低',
	headline_noGap: '{year} 年{missing}没有数据，无法比较东西部。',
	gap_abs_widened: '东西部差距绝对值由 {first} 年的 {from} 扩大到 {to}',
	gap_abs_narrowed: '东西部差距绝对值由 {first} 年的 {from} 缩小到 {to}',
	gap_abs_unchanged: '东西部差距绝对值与 {first} 年持平，为 {to}',
	gap_abs_reversed: '东西部差距由 {first} 年的{fromLeader}高 {from} 变为{toLeader}高 {to}',
	gap_rel_widened: '相对差距由 {from} 倍扩大到 {to} 倍',
	gap_rel_narrowed: '相对差距由 {from} 倍缩小到 {to} 倍',
	gap_rel_unchanged: '相对差距保持在 {to} 倍',
	gap_rel_reversed: '比值由 {from} 倍变为 {to} 倍',
	gap_join: '，',
	gap_end: '。',
	gap_bothGrew: '也就是说，按增长率计西部增长得更快，但东部增加的绝对量更多。',
	title_gapTrend: '{first}—{last} 年，东西部差距绝对值{abs}，相对差距{rel}',
	title_gapTrend_one: '{year} 年东部比西部{direction} {difference}（{ratio} 倍）',
	move_widened: '扩大',
	move_narrowed: '缩小',
	move_unchanged: '持平',
	move_reversed: '逆转',
	title_regionSummary: '{year} 年{top}平均值最高（{topValue}），{bottom}最低（{bottomValue}）',
	title_provinceRanking: '{year} 年{top}最高（{topValue}），{bottom}最低（{bottomValue}）',
	title_tileMap: '{year} 年排名前 {n} 的省份中，{count} 个属于{region}',
	title_levelDistribution: '“非常高”等级的省级单位：{first} 年 {from} 个，{last} 年 {to} 个'
};

export const en: Record<keyof typeof zh, string> = {
	headline_year:
		'In {year} the East averaged {east} and the West {west}: the East was {difference} {direction} the West, {ratio} times its level.',
	headline_above: 'above',
	headline_below: 'below',
	headline_noGap: 'There is no {missing} figure for {year}, so East and West cannot be compared.',
	gap_abs_widened: 'Since {first} the absolute East–West gap has widened from {from} to {to}',
	gap_abs_narrowed: 'Since {first} the absolute East–West gap has narrowed from {from} to {to}',
	gap_abs_unchanged: 'The absolute East–West gap is where it was in {first}, at {to}',
	gap_abs_reversed:
		'Since {first} the East–West gap has reversed, from the {fromLeader} {from} ahead to the {toLeader} {to} ahead',
	gap_rel_widened: 'the relative gap has widened from {from} to {to} times',
	gap_rel_narrowed: 'the relative gap has narrowed from {from} to {to} times',
	gap_rel_unchanged: 'the relative gap has stayed at {to} times',
	gap_rel_reversed: 'the ratio has gone from {from} to {to} times',
	gap_join: ', while ',
	gap_end: '.',
	gap_bothGrew: 'The West grew faster in percentage terms, but the East added more in absolute terms.',
	title_gapTrend: '{first}–{last}: the East–West gap {abs} in absolute terms and {rel} in relative terms',
	title_gapTrend_one: 'In {year} the East was {difference} {direction} the West ({ratio} times)',
	move_widened: 'widened',
	move_narrowed: 'narrowed',
	move_unchanged: 'held steady',
	move_reversed: 'reversed',
	title_regionSummary:
		'In {year} the {top} had the highest mean ({topValue}), the {bottom} the lowest ({bottomValue})',
	title_provinceRanking: 'In {year} {top} ranked highest ({topValue}), {bottom} lowest ({bottomValue})',
	title_tileMap: 'In {year}, {count} of the top {n} provinces were in the {region}',
	title_levelDistribution: 'Provincial units at the “very high” level: {from} in {first}, {to} in {last}'
};
