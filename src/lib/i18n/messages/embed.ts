// The strings of /embed (one chart in another site's page) and of the embed code every embeddable chart offers.
export const zh = {
	embed: '嵌入',
	embedLabel: '嵌入代码：{title}',
	embedHint: '将以下代码粘贴到网页中，即可显示此图表（宽度随页面，可在 320–1200 像素之间显示）：',
	embedCopy: '复制代码',
	embedCopied: '代码已复制',
	embedCopyManual: '请选中并复制上面的代码。',
	embedFullView: '在仪表板中查看完整视图',
	embedRefused: '无法显示图表：未知的图表 “{chart}”。',
	embedMissing: '无法显示图表：链接未指明图表（chart）。',
	embedKnown: '可嵌入的图表：{charts}。'
};
export const en: Record<keyof typeof zh, string> = {
	embed: 'Embed',
	embedLabel: 'Embed code: {title}',
	embedHint:
		'Paste this code into a web page to show this chart there (it takes the width of the page, from 320 to 1200 px):',
	embedCopy: 'Copy code',
	embedCopied: 'Code copied',
	embedCopyManual: 'Select and copy the code above.',
	embedFullView: 'See the full view in the dashboard',
	embedRefused: 'No chart to show: “{chart}” is not a chart of this dashboard.',
	embedMissing: 'No chart to show: the link names no chart (chart).',
	embedKnown: 'Charts that can be embedded: {charts}.'
};
