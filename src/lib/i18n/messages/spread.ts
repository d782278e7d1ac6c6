// The strings of the dispersion, β-convergence and density charts of the analysis page.
export const zh = {
	spread_reason_too_few_provinces: '只有 {n} 个省份有数据（至少需要 3 个）',
	spread_reason_non_positive_values: '有省份的数值为 0 或负数，无法取对数或相除',
	spread_reason_negative_values: '有省份的数值为负数',
	spread_reason_non_positive_mean: '所有数值均为 0，平均值为 0',
	spread_reason_missing_region: '东部或西部没有省份有数据',
	spread_reason_missing_population: '有省份缺少人口数据',
	spread_reason_no_variation: '所有省份的数值相同，没有差异',
	spread_notDefined: '未定义',
	spread_gapYears: '{years} 年缺口：{reason}',
	spread_coverageFlag: '该年只有 {n} 个省份有数据（其他年份为 {usual} 个）',
	spread_currentYear: '当前年份 {year}',
	chart_dispersionTrend: '{indicator}：省际离散程度的变化（σ 收敛）',
	chart_dispersionTrend_desc: '{first}–{last} 年省际变异系数：{values}。{gaps}',
	dispersion_cv: '变异系数（标准差÷平均值）',
	dispersion_sd_log: '对数标准差',
	dispersion_max_min_ratio: '最大值÷最小值',
	dispersion_east_west_ratio: '东部平均值÷西部平均值',
	dispersion_method:
		'标准差为样本标准差（除以 n−1）；东部、西部按所选区域划分；标“n =”的年份有数据的省份数与其他年份不同。',
	chart_betaConvergence: '{indicator}：绝对 β 收敛，{from}–{to} 年',
	chart_betaConvergence_desc:
		'{n} 个省份：横轴为 {from} 年水平的自然对数，纵轴为 {from}–{to} 年年均对数增长率。{stats}',
	beta_xAxis: 'ln（{year} 年水平）',
	beta_yAxis: '{from}–{to} 年年均对数增长率',
	beta_stats: 'β = {beta}，λ = {speed}%/年，R² = {r2}，n = {n}',
	beta_statsNoSpeed: 'β = {beta}，无隐含收敛速度（1 + βT ≤ 0），R² = {r2}，n = {n}',
	beta_noSpeed: '无隐含收敛速度（1 + βT ≤ 0）',
	beta_fit: 'OLS 拟合线',
	beta_chooseEarlierStart: '请选择早于结束年份（{to} 年）的起始年份：当前起始年份为 {from} 年。',
	beta_notDefined: '{from}–{to} 年无法计算 β 收敛：{reason}。',
	beta_method:
		'对年均对数增长率 ln(y_to / y_from)/T 与 ln(y_from) 作最小二乘回归；β < 0 表示初始水平低的省份增长更快；λ = −ln(1 + βT)/T。',
	chart_density: '{indicator}：各省数值的分布（高斯核密度），{years} 年',
	chart_density_desc: '各省数值的核密度估计（Silverman 带宽）：{curves}',
	density_legend: '{year} 年（h = {h}）',
	density_notDefined: '{year} 年无法估计密度：{reason}。',
	density_xAxis: '数值（{unit}）',
	density_yAxis: '密度',
	density_reflected:
		'数值均不为负，曲线在 0 处作反射边界修正（Schuster 1985），只画在 0 及以上，曲线下面积仍为 1。',
	density_method: '高斯核，Silverman 经验带宽 h = 0.9·min(sd, IQR/1.34)·n^(−1/5)；下方每个点为一个省份。'
};

export const en: Record<keyof typeof zh, string> = {
	spread_reason_too_few_provinces: 'too few provinces with data ({n}; at least 3 are needed)',
	spread_reason_non_positive_values:
		'a province has a value of 0 or below, which has no logarithm and cannot be divided by',
	spread_reason_negative_values: 'a province has a negative value',
	spread_reason_non_positive_mean: 'every value is 0, so the mean is 0',
	spread_reason_missing_region: 'the East or the West has no province with data',
	spread_reason_missing_population: 'a province has no population figure',
	spread_reason_no_variation: 'every province has the same value: there is no spread',
	spread_notDefined: 'not defined',
	spread_gapYears: 'gap in {years}: {reason}',
	spread_coverageFlag: 'only {n} {n|province has|provinces have} data this year ({usual} in the other years)',
	spread_currentYear: 'current year {year}',
	chart_dispersionTrend: '{indicator}: dispersion across provinces over time (σ-convergence)',
	chart_dispersionTrend_desc: 'Coefficient of variation across provinces, {first}–{last}: {values}. {gaps}',
	dispersion_cv: 'Coefficient of variation (sd ÷ mean)',
	dispersion_sd_log: 'Standard deviation of logs',
	dispersion_max_min_ratio: 'Max ÷ min',
	dispersion_east_west_ratio: 'East mean ÷ West mean',
	dispersion_method:
		'Sample standard deviation (divisor n − 1); East and West by the chosen regions; years marked “n =” have a different number of provinces from the rest.',
	chart_betaConvergence: '{indicator}: absolute β-convergence, {from}–{to}',
	chart_betaConvergence_desc:
		'{n} {n|province|provinces}: natural log of the {from} level across, average annual log growth {from}–{to} up. {stats}',
	beta_xAxis: 'ln(level in {year})',
	beta_yAxis: 'Average annual log growth, {from}–{to}',
	beta_stats: 'β = {beta}, λ = {speed}%/yr, R² = {r2}, n = {n}',
	beta_statsNoSpeed: 'β = {beta}, no implied speed (1 + βT ≤ 0), R² = {r2}, n = {n}',
	beta_noSpeed: 'no implied speed (1 + βT ≤ 0)',
	beta_fit: 'OLS fit',
	beta_chooseEarlierStart: 'Choose a start year before the end year ({to}): the start year is now {from}.',
	beta_notDefined: 'β-convergence is not defined for {from}–{to}: {reason}.',
	beta_method:
		'OLS of average annual log growth ln(y_to / y_from)/T on ln(y_from); β < 0 means the initially lower provinces grew faster; λ = −ln(1 + βT)/T.',
	chart_density: '{indicator}: distribution of provincial values (Gaussian kernel density), {years}',
	chart_density_desc: 'Kernel density of the provinces’ values (Silverman bandwidth): {curves}',
	density_legend: '{year} (h = {h})',
	density_notDefined: 'No density for {year}: {reason}.',
	density_xAxis: 'Value ({unit})',
	density_yAxis: 'Density',
	density_reflected:
		'No value is negative, so the curve is reflected at 0 (Schuster 1985): it is drawn from 0 up and still has area 1.',
	density_method:
		'Gaussian kernel, Silverman’s rule of thumb h = 0.9·min(sd, IQR/1.34)·n^(−1/5); each dot below is a province.'
};
