// What the relate page gives both of its Figures.
import type { Indicator, RegionScheme } from '$lib/data/manifest';
import type { Correlation } from '$lib/metrics/correlation';
import type { YearMeasured } from '$lib/metrics/measured';
import type { IndicatorPair } from '$lib/queries/indicator-pairs';
import type { Lang } from '$lib/i18n/lang';
import type { Selection } from '$lib/state/view';

export interface RelateFigureProps {
	lang: Lang;
	scheme: RegionScheme;
	select: readonly Selection[];
	x: Indicator;
	y: Indicator;
	/** The year drawn (one both indicators have). */
	year: number;
	/** Every year both indicators have, ascending. */
	years: readonly number[];
	/** Both values of every province and year that has both. */
	pairs: readonly IndicatorPair[];
	/** The statistics of each of `years` (on log₁₀ values when `log`). */
	correlations: readonly YearMeasured<Correlation>[];
	/** Whether the axes, and so the statistics, are logarithmic. */
	log: boolean;
	/** Identifies the state drawn (the figures' data-view). */
	drawn: string;
	ready: boolean;
	totalProvinces: number;
}
