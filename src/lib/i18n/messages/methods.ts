// The strings of the methods page shared by both languages' layout: the title, the table of contents and the
// section headings. The prose and formulas themselves are in lib/components/methods (MethodsZh / MethodsEn).
export const zh = {
	methods_title: '方法说明',
	methods_lead:
		'本页说明本站每个数字如何计算、如何解读，以及在什么情况下可能误导。所有测度都在您的浏览器中，由随站点提供的已公布分省数值计算；这里的公式就是程序的做法，包括其中的取舍。',
	methods_toc: '目录',
	methods_section_scope: '测度对象',
	methods_section_regions: '区域划分',
	methods_section_nodata: '缺失数据与不报告的情形',
	methods_section_sparse: '覆盖不全年份的区域平均值',
	methods_section_theil: '泰尔指数及其区域内–区域间分解',
	methods_section_gini: '基尼系数及其 Dagum 分解',
	methods_section_dispersion: '离散程度：变异系数、对数标准差、极值比与东西部比值',
	methods_section_beta: 'β 收敛',
	methods_section_density: '核密度估计',
	methods_section_gap: '东西部差距',
	// Issue 14: spatial autocorrelation.
	methods_section_moran: '空间自相关：全局 Moran’s I',
	methods_section_lisa: '局部空间自相关（LISA）聚类',
	methods_section_references: '参考文献',
	methods_formula: '公式',
	methods_reading: '如何解读',
	methods_limits: '假设与局限',
	methods_backToContents: '返回目录'
};

export const en: Record<keyof typeof zh, string> = {
	methods_title: 'Methods',
	methods_lead:
		'How each figure on this site is computed, how to read it, and where it can mislead. Every measure is computed in your browser from the published provincial values that ship with the site; the formulas are those of the code, choices included.',
	methods_toc: 'Contents',
	methods_section_scope: 'What is measured',
	methods_section_regions: 'Region schemes',
	methods_section_nodata: 'Missing data, and when a measure is not reported',
	methods_section_sparse: 'Regional means of years with few provinces',
	methods_section_theil: 'Theil index and its within/between-region decomposition',
	methods_section_gini: 'Gini coefficient and Dagum’s decomposition',
	methods_section_dispersion:
		'Dispersion: coefficient of variation, sd of logs, max/min and East/West ratios',
	methods_section_beta: 'β-convergence',
	methods_section_density: 'Kernel density estimate',
	methods_section_gap: 'The East–West gap',
	// Issue 14: spatial autocorrelation.
	methods_section_moran: 'Spatial autocorrelation: global Moran’s I',
	methods_section_lisa: 'Local spatial autocorrelation (LISA) clusters',
	methods_section_references: 'References',
	methods_formula: 'Formula',
	methods_reading: 'How to read it',
	methods_limits: 'Assumptions and limits',
	methods_backToContents: 'Back to contents'
};
