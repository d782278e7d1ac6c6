// Citations, the context panel and the "About the data" page.
export const zh = {
	nav_aboutData: '数据来源说明',
	sourceCited: '来源：{citation}',
	aboutDataLink: '数据来源说明',
	coveragePending: '…',
	reportedBy: '据转载报道',
	contextSource: '来源：{citations}',
	aboutData_title: '数据来源说明',
	aboutData_lead:
		'本站每个数字都来自下列发布方。引用时请引用各节标题所列的发布方出版物；“数值取自”一栏列出本站实际获取数值的地方（第三方副本或转载网页），供核对。数值未经估算、插补或改动；缺失的省份和年份显示为“无数据”。',
	aboutData_usedFor: '本站用于',
	aboutData_publisherPage: '发布方网页',
	aboutData_noPublisherPage: '未找到发布方网页',
	aboutData_coverage: '覆盖范围',
	aboutData_caveats: '说明',
	aboutData_provenance: '数值取自',
	obtained_publisher: '取自发布方本身。',
	obtained_copy: '取自发布方文件的第三方副本。',
	obtained_reposted: '发布方原文未能获取，取自转载这些数值的网页（据转载报道）。',
	aboutData_details: '各文件的列、校验规则和每一行的出处见代码库中的 data/README.md。',
	yes: '是',
	no: '否'
};

export const en: Record<keyof typeof zh, string> = {
	nav_aboutData: 'About the data',
	sourceCited: 'Source: {citation}',
	aboutDataLink: 'About the data',
	coveragePending: '…',
	reportedBy: 'as reported by a third-party site',
	contextSource: 'Source: {citations}',
	aboutData_title: 'About the data',
	aboutData_lead:
		'Every figure on this site comes from the publishers below. To cite a figure, cite the publisher’s work named in the heading of its section; “Taken from” lists where this site actually took the figures (a third-party copy or a page reposting them), so that they can be checked. No figure is estimated, interpolated or changed; a missing province or year is shown as “no data”.',
	aboutData_usedFor: 'Used for',
	aboutData_publisherPage: 'Publisher’s page',
	aboutData_noPublisherPage: 'no publisher’s page found',
	aboutData_coverage: 'Coverage',
	aboutData_caveats: 'Notes',
	aboutData_provenance: 'Taken from',
	obtained_publisher: 'From the publisher itself.',
	obtained_copy: 'From a third-party copy of the publisher’s file.',
	obtained_reposted:
		'The publisher’s original could not be obtained: from pages reposting the figures (as reported by a third-party site).',
	aboutData_details:
		'The files’ columns, the checks they pass and the source of every row: data/README.md in the code repository.',
	yes: 'yes',
	no: 'no'
};
