// The briefing as a Word document (.docx), written in the browser by `docx` and sent nowhere. Loaded by a
// dynamic import when the reader asks for a briefing: the library is too heavy for the first view.
// Chinese follows the usage of official documents (GB/T 9704): headings in 黑体 and 楷体, body in 仿宋,
// 三号 (16 pt); English is a plain serif body with sans headings.
import {
	AlignmentType,
	Document,
	HeadingLevel,
	ImageRun,
	Packer,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
	type IRunOptions
} from 'docx';
import type { Lang } from '$lib/i18n/lang';
import type { Briefing, BriefingBlock } from './briefing';
import type { ChartImage } from './chart-images';

/** A Word run's fonts: Latin and East Asian. Word takes one name per script and substitutes where it is missing. */
interface Fonts {
	title: IRunOptions['font'];
	heading1: IRunOptions['font'];
	heading2: IRunOptions['font'];
	body: IRunOptions['font'];
}

const FONTS: Record<Lang, Fonts> = {
	zh: {
		title: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimHei', hint: 'eastAsia' },
		heading1: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimHei', hint: 'eastAsia' },
		heading2: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'KaiTi', hint: 'eastAsia' },
		body: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'FangSong', hint: 'eastAsia' }
	},
	en: {
		title: 'Arial',
		heading1: 'Arial',
		heading2: 'Arial',
		body: 'Georgia'
	}
};

/** Sizes in half-points: 二号 22 pt and 三号 16 pt in Chinese; 20, 14, 12 and 11 pt in English. */
const SIZES: Record<Lang, { title: number; heading1: number; heading2: number; body: number; note: number }> =
	{
		zh: { title: 44, heading1: 32, heading2: 32, body: 32, note: 21 },
		en: { title: 40, heading1: 28, heading2: 24, body: 22, note: 18 }
	};

/** The width a chart is set at: A4 less the margins, in the pixels (1/96 in) docx measures images in. */
const IMAGE_WIDTH = 600;
const MARGIN = 1418; // 2.5 cm in twips

export async function briefingDocx(briefing: Briefing, images: readonly ChartImage[]): Promise<Blob> {
	const { lang } = briefing;
	const fonts = FONTS[lang];
	const size = SIZES[lang];
	const byChart = new Map(images.map((image) => [image.chart, image]));
	const text = (content: string, options: IRunOptions = {}) =>
		new TextRun({ text: content, font: fonts.body, size: size.body, ...options });

	const block = (b: BriefingBlock): (Paragraph | Table)[] => {
		if (b.kind === 'paragraph') {
			return [new Paragraph({ children: [text(b.text)], indent: lang === 'zh' ? { firstLine: 640 } : {} })];
		}
		if (b.kind === 'table') return table(b, text, size.note);
		const image = byChart.get(b.chart);
		if (!image) return [];
		const height = Math.round((image.height / image.width) * IMAGE_WIDTH);
		return [
			new Paragraph({
				alignment: AlignmentType.CENTER,
				keepNext: true,
				children: [
					new ImageRun({
						type: 'png',
						data: image.png,
						transformation: { width: IMAGE_WIDTH, height },
						altText: { name: image.chart, title: image.title, description: image.title }
					})
				]
			}),
			new Paragraph({
				alignment: AlignmentType.CENTER,
				keepNext: true,
				children: [
					text(`${b.label}${lang === 'zh' ? '\u3000' : '. '}${image.title}`, {
						bold: true,
						size: size.note + 2
					})
				]
			}),
			new Paragraph({
				alignment: AlignmentType.CENTER,
				spacing: { after: 240 },
				children: [text(image.source, { size: size.note, color: '444444' })]
			})
		];
	};

	const document = new Document({
		creator: briefing.title,
		title: briefing.title,
		styles: {
			default: {
				document: {
					run: {
						font: fonts.body,
						size: size.body,
						language: { eastAsia: 'zh-CN', value: lang === 'zh' ? 'zh-CN' : 'en-GB' }
					},
					paragraph: {
						spacing: { line: lang === 'zh' ? 560 : 300, lineRule: lang === 'zh' ? 'exact' : 'auto' }
					}
				},
				title: { run: { font: fonts.title, size: size.title, bold: lang === 'en', color: '000000' } },
				heading1: {
					run: { font: fonts.heading1, size: size.heading1, bold: lang === 'en', color: '000000' },
					paragraph: { spacing: { before: 240, after: 120 }, keepNext: true }
				},
				heading2: {
					run: { font: fonts.heading2, size: size.heading2, bold: lang === 'en', color: '000000' },
					paragraph: { keepNext: true }
				}
			}
		},
		sections: [
			{
				properties: {
					page: {
						size: { width: 11906, height: 16838 }, // A4 in twips
						margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN }
					}
				},
				children: [
					new Paragraph({
						heading: HeadingLevel.TITLE,
						alignment: AlignmentType.CENTER,
						text: briefing.title
					}),
					new Paragraph({
						alignment: AlignmentType.CENTER,
						spacing: { after: 240 },
						children: [text(briefing.meta, { size: size.note, color: '444444' })]
					}),
					...briefing.sections.flatMap((section) => [
						...(section.heading
							? [
									new Paragraph({
										heading: section.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
										text: section.heading
									})
								]
							: []),
						...section.blocks.flatMap(block)
					])
				]
			}
		]
	});
	return Packer.toBlob(document);
}

/** A table of text with a header row, as wide as the text. */
function table(
	b: Extract<BriefingBlock, { kind: 'table' }>,
	text: (content: string, options?: IRunOptions) => TextRun,
	size: number
): (Paragraph | Table)[] {
	const cell = (content: string, header: boolean, first: boolean) =>
		new TableCell({
			children: [
				new Paragraph({
					alignment: first ? AlignmentType.LEFT : AlignmentType.RIGHT,
					spacing: { line: 360, lineRule: 'auto' },
					children: [text(content, { size, bold: header })]
				})
			]
		});
	return [
		new Paragraph({
			alignment: AlignmentType.CENTER,
			keepNext: true,
			children: [text(b.title, { bold: true, size: size + 2 })]
		}),
		new Table({
			width: { size: 100, type: WidthType.PERCENTAGE },
			rows: [
				new TableRow({ tableHeader: true, children: b.columns.map((c, i) => cell(c, true, i === 0)) }),
				...b.rows.map((row) => new TableRow({ children: row.map((c, i) => cell(c, false, i === 0)) }))
			]
		})
	];
}
