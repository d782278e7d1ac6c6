// The charts of the page as PNG images for the briefing, drawn from the figures on screen with export-image:
// each image holds the chart under its descriptive title; the finding and the source become the Word
// caption beneath it (text a reader can search and copy, not pixels).
import { exportSvg, figureSource, figureSvgs, svgToPng } from '../export-image';

export interface ChartImage {
	/** The figure's data-chart id. */
	chart: string;
	/** What the chart shows for the view (its caption on the page). */
	title: string;
	source: string;
	png: Uint8Array;
	/** CSS pixels. */
	width: number;
	height: number;
}

const text = (figure: Element, selector: string) =>
	figure.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The charts of `ids` that `root` shows drawn, in the order of `ids` (a chart not on the page is left out). */
export async function chartImages(root: ParentNode, ids: readonly string[]): Promise<ChartImage[]> {
	const images: ChartImage[] = [];
	for (const chart of ids) {
		const figure = root.querySelector(`figure[data-chart="${chart}"]`);
		const svgs = figure ? figureSvgs(figure) : [];
		if (!figure || !svgs.length) continue;
		const image = exportSvg(svgs, { title: '', subtitle: text(figure, '.subtitle'), source: '', link: '' });
		const png = await svgToPng(image.svg, image.width, image.height);
		images.push({
			chart,
			title: text(figure, 'figcaption .title'),
			source: figureSource(figure),
			png: new Uint8Array(await png.arrayBuffer()),
			width: image.width,
			height: image.height
		});
	}
	return images;
}
