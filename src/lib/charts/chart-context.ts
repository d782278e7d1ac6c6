// How a chart's layers (axes, grid, legends) read the layout of the ChartContainer they are drawn in.
import { getContext, setContext } from 'svelte';
import type { ChartLayout } from './layout';

const KEY = Symbol('chart-layout');

/** What the container hands its layers: the current layout (a getter, so that layers follow a resize). */
export interface ChartContext {
	readonly layout: ChartLayout;
}

export function setChartContext(context: ChartContext): void {
	setContext(KEY, context);
}

/** The layout of the enclosing ChartContainer; undefined outside one. */
export function chartContext(): ChartContext | undefined {
	return getContext<ChartContext | undefined>(KEY);
}

/** The layout of the enclosing ChartContainer, for a layer that is only ever drawn in one. */
export function requireChartContext(): ChartContext {
	const context = chartContext();
	if (!context) throw new Error('a chart layer is drawn outside a ChartContainer');
	return context;
}
