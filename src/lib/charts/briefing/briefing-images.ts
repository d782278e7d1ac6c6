// The briefing's charts as images for the Word document, whichever page it is asked for from: drawn off
// screen from the briefing's own rows by the Figures /brief shows (BriefingFigure), then taken as
// chart-images.ts takes a figure.
import { flushSync, mount, unmount, type ComponentProps } from 'svelte';
import BriefingFigure from './BriefingFigure.svelte';
import type { BriefingChartId } from './briefing-charts';
import { chartImages, type ChartImage } from './chart-images';

/**
 * The width the figures are set in, in CSS px: the charts come out as wide as on /brief (its 180 mm column
 * less its padding, 648 px), inside the figure's own frame (1 rem padding and a 1 px border each side).
 */
const WIDTH = 682;

type FigureProps = Omit<ComponentProps<typeof BriefingFigure>, 'chart'>;

/** The `charts`, in order, drawn for `props` in a box out of sight, as images. */
export async function briefingImages(
	charts: readonly BriefingChartId[],
	props: FigureProps
): Promise<ChartImage[]> {
	const host = document.createElement('div');
	host.inert = true;
	host.setAttribute('aria-hidden', 'true');
	host.style.cssText = `position: absolute; left: -10000px; top: 0; width: ${WIDTH}px`;
	document.body.append(host);
	const figures = charts.map((chart) => mount(BriefingFigure, { target: host, props: { ...props, chart } }));
	try {
		// Runs the figures' effects: each chart measures its box and is drawn at that width.
		flushSync();
		return await chartImages(host, charts);
	} finally {
		await Promise.all(figures.map((figure) => unmount(figure)));
		host.remove();
	}
}
