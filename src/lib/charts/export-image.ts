// A chart as a self-contained image for a report: its title above, and its source, coverage and the
// link that reproduces the view below, drawn into the image (a screenshot of the chart alone would lose them).
import { wrapText } from './wrap-text';

const FONT_FAMILY = "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif";
const PAD = 16;
const TITLE_SIZE = 16;
const SUBTITLE_SIZE = 13;
const NOTE_SIZE = 11;
const SVG_NS = 'http://www.w3.org/2000/svg';

export interface ExportText {
	title: string;
	/** What the chart is, under a title that states its finding. */
	subtitle?: string;
	/** Source, years and coverage, as the chart's note says them. */
	source: string;
	/** The link that reproduces the view. */
	link: string;
}

/** A chart figure's outermost SVGs (a legend and its map are two, not the SVGs nested in them), in page order. */
export function figureSvgs(figure: Element): SVGSVGElement[] {
	return [...figure.querySelectorAll<SVGSVGElement>(':scope > .chart svg')].filter(
		(svg) => !svg.parentElement?.closest('svg')
	);
}

/** A chart figure's source note (citation, years, coverage) as one line of text. */
export function figureSource(figure: Element): string {
	return figure.querySelector('.source')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/**
 * An SVG document holding the chart (one or more SVGs, e.g. a legend and a map, stacked in page order)
 * with its title, source and link; dimensions in CSS pixels.
 */
export function exportSvg(
	charts: readonly SVGSVGElement[],
	text: ExportText
): { svg: string; width: number; height: number } {
	const sizes = charts.map((chart) => {
		const box = chart.viewBox.baseVal;
		return box && box.width
			? { width: box.width, height: box.height }
			: { width: chart.clientWidth, height: chart.clientHeight };
	});
	const width = Math.max(...sizes.map((s) => s.width));
	const chartHeight = sizes.reduce((sum, s) => sum + s.height, 0);
	const measure = textMeasurer();
	const titleLines = wrapText(text.title, width - 2 * PAD, (s) => measure(s, TITLE_SIZE, 600));
	const subtitleLines = text.subtitle
		? wrapText(text.subtitle, width - 2 * PAD, (s) => measure(s, SUBTITLE_SIZE, 400))
		: [];
	const noteLines = [text.source, text.link].flatMap((s) =>
		wrapText(s, width - 2 * PAD, (t) => measure(t, NOTE_SIZE, 400))
	);
	const titleBlock = titleLines.length * TITLE_SIZE * 1.35;
	const titleHeight = titleBlock + subtitleLines.length * SUBTITLE_SIZE * 1.4 + PAD;
	const noteHeight = noteLines.length * NOTE_SIZE * 1.45 + PAD;
	const height = Math.ceil(PAD + titleHeight + chartHeight + noteHeight);

	const doc = document.createElementNS(SVG_NS, 'svg');
	doc.setAttribute('xmlns', SVG_NS);
	doc.setAttribute('width', String(width));
	doc.setAttribute('height', String(height));
	doc.setAttribute('viewBox', `0 0 ${width} ${height}`);
	doc.setAttribute('font-family', FONT_FAMILY);
	doc.append(rect(width, height));
	titleLines.forEach((line, i) =>
		doc.append(textLine(line, PAD, PAD + (i + 1) * TITLE_SIZE * 1.35, TITLE_SIZE, '600'))
	);
	subtitleLines.forEach((line, i) =>
		doc.append(
			textLine(line, PAD, PAD + titleBlock + (i + 1) * SUBTITLE_SIZE * 1.4, SUBTITLE_SIZE, '400', '#444')
		)
	);

	let top = PAD + titleHeight;
	charts.forEach((chart, i) => {
		const size = sizes[i] as { width: number; height: number };
		const body = chart.cloneNode(true) as SVGSVGElement;
		body.setAttribute('x', '0');
		body.setAttribute('y', String(top));
		body.setAttribute('width', String(size.width));
		body.setAttribute('height', String(size.height));
		body.removeAttribute('style');
		doc.append(body);
		top += size.height;
	});

	noteLines.forEach((line, i) =>
		doc.append(textLine(line, PAD, top + (i + 1) * NOTE_SIZE * 1.45, NOTE_SIZE, '400', '#444'))
	);
	return { svg: new XMLSerializer().serializeToString(doc), width, height };
}

/** Renders an SVG document to PNG at `scale` × its size (2 for sharp print). */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const image = new Image();
		image.decoding = 'sync';
		await new Promise<void>((resolve, reject) => {
			image.onload = () => resolve();
			image.onerror = () => reject(new Error('the chart could not be drawn as an image'));
			image.src = url;
		});
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('no 2D canvas');
		context.scale(scale, scale);
		context.drawImage(image, 0, 0, width, height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

function textMeasurer(): (s: string, size: number, weight: number) => number {
	const context = document.createElement('canvas').getContext('2d');
	return (s, size, weight) => {
		if (!context) return s.length * size; // generous: wraps early rather than overflowing
		context.font = `${weight} ${size}px ${FONT_FAMILY}`;
		return context.measureText(s).width;
	};
}

function rect(width: number, height: number): SVGRectElement {
	const r = document.createElementNS(SVG_NS, 'rect');
	r.setAttribute('width', String(width));
	r.setAttribute('height', String(height));
	r.setAttribute('fill', '#ffffff');
	return r;
}

function textLine(
	content: string,
	x: number,
	y: number,
	size: number,
	weight: string,
	fill = '#111'
): SVGTextElement {
	const text = document.createElementNS(SVG_NS, 'text');
	text.setAttribute('x', String(x));
	text.setAttribute('y', String(y));
	text.setAttribute('font-size', String(size));
	text.setAttribute('font-weight', weight);
	text.setAttribute('fill', fill);
	text.textContent = content; // text, never markup
	return text;
}
