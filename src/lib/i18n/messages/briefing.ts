// The briefing's controls (下载简报 / Download briefing, the print view); the text of the document itself is
// in briefing-text.ts, loaded with the briefing.
export const zh = {
	brief_download: '下载简报',
	brief_downloading: '正在生成简报…',
	brief_failed: '简报未能生成：{message}',
	brief_print: '打印版',
	brief_printNow: '打印 / 存为 PDF'
};

export const en: Record<keyof typeof zh, string> = {
	brief_download: 'Download briefing',
	brief_downloading: 'Writing the briefing…',
	brief_failed: 'The briefing could not be written: {message}',
	brief_print: 'Print view',
	brief_printNow: 'Print / save as PDF'
};
