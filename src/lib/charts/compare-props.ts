// What the compare chart's two views (the lines, the small multiples and each of their panels) are given.
import type { Lang } from '$lib/i18n/lang';
import type { CompareSeries } from './province-compare';

export interface CompareChartProps {
	/** Every series compared, in order. */
	series: readonly CompareSeries[];
	/** The indicator's first and last year: the x axis. */
	first: number;
	last: number;
	/** One vertical scale for the lines and every panel. */
	yDomain: [number, number];
	year: number;
	lang: Lang;
}
