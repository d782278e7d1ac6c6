// The "引用 / Cite" control: the view's citation in GB/T 7714-2015 and APA, and the words describing the view.
export const zh = {
	cite: '引用',
	cite_title: '引用本视图',
	cite_gbt7714: 'GB/T 7714—2015',
	cite_apa: 'APA（第 7 版）',
	cite_copy: '复制',
	cite_copyLabel: '复制 {style} 格式的引文',
	cite_copied: '已复制',
	cite_copyManual: '已选中，请按 Ctrl+C 复制',
	cite_close: '关闭',
	cite_none: '本视图只显示导入的数据，没有可引用的出版数据集。',
	cite_and: '与',
	cite_year: '{year} 年',
	cite_region4: '四大区域',
	cite_region3: '三大地带',
	cite_highlighted: '突出显示{names}',
	cite_page: '（{page}）'
};

export const en: Record<keyof typeof zh, string> = {
	cite: 'Cite',
	cite_title: 'Cite this view',
	cite_gbt7714: 'GB/T 7714-2015',
	cite_apa: 'APA (7th ed.)',
	cite_copy: 'Copy',
	cite_copyLabel: 'Copy the {style} citation',
	cite_copied: 'Copied',
	cite_copyManual: 'Selected: press Ctrl+C to copy',
	cite_close: 'Close',
	cite_none: 'This view shows imported data only: there is no published dataset to cite.',
	cite_and: ' and ',
	cite_year: '{year}',
	cite_region4: 'four regions',
	cite_region3: 'three belts',
	cite_highlighted: 'highlighting {names}',
	cite_page: ' ({page})'
};
