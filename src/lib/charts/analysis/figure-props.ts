// What the analysis page gives each of its Figures.
import type { Indicator, Province } from '$lib/data/manifest';
import type { ViewState } from '$lib/state/view';
import type { Measured, YearMeasured } from '$lib/metrics/measured';
import type { MoranYear } from '$lib/metrics/moran-types';
import type { ProvinceValue } from '$lib/queries/province-values';

interface AnalysisFigureProps {
	view: ViewState;
	indicator: Indicator;
	/** The start year of comparisons; with view.year it names what is drawn (analysisKey). */
	from: number;
	ready: boolean;
	totalProvinces: number;
}

/** A measure over every year with data (Theil, Gini, dispersion). */
export interface MeasuredYearsFigureProps<T> extends AnalysisFigureProps {
	/** Every year with data, each with its figures or the reason there are none. */
	rows: readonly YearMeasured<T>[];
}

/** A comparison of the start year (`from`) with the end year (view.year): β-convergence, density. */
export interface SpanFigureProps extends AnalysisFigureProps {
	/** All 31 provinces in the start and the end year, value null where there is none. */
	start: readonly ProvinceValue[];
	end: readonly ProvinceValue[];
}

/** The LISA cluster map: the local Moran of the view's year under the view's weights, on the tile grid. */
export interface LisaMapFigureProps extends AnalysisFigureProps {
	moran: Measured<MoranYear>;
	/** The manifest's provinces: every tile, with or without a value. */
	places: readonly Province[];
	/** A tile clicked changes the view's selection. */
	onchange: (change: Partial<ViewState>) => void;
}
