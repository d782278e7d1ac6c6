// The strings of the Moran trend and the Moran scatter of the analysis page (spatial autocorrelation).
export const zh = {
	moran_reason_too_few_provinces: '只有 {n} 个省份有数据（至少需要 8 个）',
	moran_notDefined: '{year} 年无法计算莫兰指数：{reason}。',
	moran_none: '没有一年能计算莫兰指数。',
	moran_permutations: '置换检验：{permutations} 次随机置换，种子 {seed}',
	moran_islands: '没有相邻省份（不在散点图中）：{names}',
	chart_moranTrend: '{indicator}：全局莫兰指数 I 的变化（空间自相关）',
	chart_moranTrend_desc: '{first}–{last} 年全局莫兰指数 I：{values}。',
	moran_trend_value: '{year} 年 I = {i}（p = {p}）',
	moran_expected: '期望值 E[I] = −1/(n−1)',
	moran_significant: '置换检验 p < 0.05',
	moran_notSignificant: 'p ≥ 0.05',
	moran_find_clustered:
		'{year} 年莫兰指数 I = {i}，置换检验 p = {p}：{indicator}高的省份彼此相邻，低的也彼此相邻',
	moran_find_dispersed:
		'{year} 年莫兰指数 I = {i}，置换检验 p = {p}：{indicator}高低相邻的省份多于相似相邻的',
	moran_find_none: '{year} 年莫兰指数 I = {i}，置换检验 p = {p}：没有显著的空间集聚',
	moran_find_since: '（{first} 年为 {from}）',
	chart_moranScatter: '{indicator}：莫兰散点图，{year} 年',
	chart_moranScatter_desc:
		'{n} 个省份：横轴为标准化数值 z，纵轴为相邻省份的加权平均 z（空间滞后）。{slope}。{clusters}',
	moran_xAxis: '标准化数值 z',
	moran_yAxis: '空间滞后（相邻省份 z 的加权平均）',
	moran_slopeIsI: '过原点的最小二乘线，斜率 = I = {i}',
	moran_slopeWithoutIslands: '过原点的最小二乘线，斜率 {slope}，按 {n} 个有相邻省份的省份计算（I = {i}）',
	moran_fit: '斜率 = I',
	moran_fitWithoutIslands: '过原点的拟合线',
	moran_point: '{province}：z = {z}，空间滞后 = {lag}，{cluster}'
};

export const en: Record<keyof typeof zh, string> = {
	moran_reason_too_few_provinces: 'only {n} {n|province has|provinces have} data (at least 8 are needed)',
	moran_notDefined: 'No Moran’s I for {year}: {reason}.',
	moran_none: 'No year has a Moran’s I.',
	moran_permutations: 'permutation test: {permutations} random permutations, seed {seed}',
	moran_islands: 'Without a neighbour (not in the scatter): {names}',
	chart_moranTrend: '{indicator}: global Moran’s I over the years (spatial autocorrelation)',
	chart_moranTrend_desc: 'Global Moran’s I, {first}–{last}: {values}.',
	moran_trend_value: '{year} I = {i} (p = {p})',
	moran_expected: 'Expected E[I] = −1/(n−1)',
	moran_significant: 'Permutation p < 0.05',
	moran_notSignificant: 'p ≥ 0.05',
	moran_find_clustered:
		'In {year}, Moran’s I = {i}, permutation p = {p}: provinces where {indicator} is high border each other, and so do those where it is low',
	moran_find_dispersed:
		'In {year}, Moran’s I = {i}, permutation p = {p}: for {indicator}, high provinces border low ones more than like ones',
	moran_find_none: 'In {year}, Moran’s I = {i}, permutation p = {p}: no significant clustering',
	moran_find_since: ' ({from} in {first})',
	chart_moranScatter: '{indicator}: Moran scatter, {year}',
	chart_moranScatter_desc:
		'{n} provinces: standardised value z across, the weighted mean z of the neighbours (spatial lag) up. {slope}. {clusters}',
	moran_xAxis: 'Standardised value z',
	moran_yAxis: 'Spatial lag (weighted mean z of the neighbours)',
	moran_slopeIsI: 'Least-squares line through the origin, slope = I = {i}',
	moran_slopeWithoutIslands:
		'Least-squares line through the origin, slope {slope} over the {n} provinces with a neighbour (I = {i})',
	moran_fit: 'Slope = I',
	moran_fitWithoutIslands: 'Line through the origin',
	moran_point: '{province}: z = {z}, lag = {lag}, {cluster}'
};
