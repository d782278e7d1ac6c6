import type { Province, RegionId, RegionScheme } from '$lib/data/manifest';
import type { RegionStat } from '$lib/queries/region-stats';
import type { EntityPoint } from '$lib/queries/entity-series';
import type { CsvRow } from '$lib/csv/to-csv';
import type { Selection } from '$lib/state/view';
import type { Lang } from '$lib/i18n/lang';
import { provinceName, regionName } from '$lib/i18n/names';
import { line, scaleLinear, type ScaleLinear } from 'd3';
import { selectionColours } from './palette';
import { yearScale } from './year-scale';
import { meanLine, regionSizes, type MeanPoint } from './mean-line';

export const PROVINCE_COMPARE_COLUMNS = [
	'indicator',
	'year',
	'adcode',
	'province',
	'region',
	'value'
] as const;

export interface ComparePoint {
	year: number;
	value: number;
	/** A region's mean: the number of provinces it is of. */
	provinces?: number;
}

/** One compared province or region: its values in the years that have one, ascending. */
export interface CompareSeries {
	/** The adcode of a province, or the id of a region. */
	id: Selection;
	kind: 'province' | 'region';
	/** In the view's language. */
	name: string;
	/** A province's region in the scheme; a region's own id. */
	region: RegionId;
	colour: string;
	points: ComparePoint[];
	/** A region's number of provinces in the scheme (its mean is drawn by comparableRuns against it); 1 for a province. */
	total: number;
}

/**
 * The series the compare chart draws, in the order of `select`: a province is its own values, a region
 * the mean of its provinces with a value that year (from queryRegionStats). Years without a value are
 * left out, never filled in; an entity without any value keeps an empty series.
 */
export function compareSeries(
	select: readonly Selection[],
	data: {
		stats: readonly RegionStat[];
		points: readonly EntityPoint[];
		provinces: readonly Province[];
		scheme: RegionScheme;
		lang: Lang;
	}
): CompareSeries[] {
	const colours = selectionColours(select);
	const sizes = regionSizes(data.provinces, data.scheme);
	return select.flatMap((id, i): CompareSeries[] => {
		const colour = colours[i] as string;
		if (typeof id === 'number') {
			const p = data.provinces.find((q) => q.adcode === id);
			if (!p) return [];
			const points = data.points
				.filter((d) => d.adcode === id)
				.map((d) => ({ year: d.year, value: d.value }))
				.sort((a, b) => a.year - b.year);
			return [
				{
					id,
					kind: 'province',
					name: provinceName(data.lang, p),
					region: p[data.scheme],
					colour,
					points,
					total: 1
				}
			];
		}
		const points = data.stats
			.filter((s) => s.region === id)
			.map((s) => ({ year: s.year, value: s.mean, provinces: s.provinces }))
			.sort((a, b) => a.year - b.year);
		return [
			{ id, kind: 'region', name: regionName(data.lang, id), region: id, colour, points, total: sizes[id] }
		];
	});
}

/**
 * The rows the chart draws: one per point, series by series. A region's row has the region id in
 * `adcode` and in `region`, and the region's name in `province`, so every row names what its value is of.
 */
export function provinceCompareRows(
	series: readonly CompareSeries[],
	context: { indicator: string }
): CsvRow[] {
	return series.flatMap((s) =>
		s.points.map((p) => ({
			indicator: context.indicator,
			year: p.year,
			adcode: s.id,
			province: s.name,
			region: s.region,
			value: p.value
		}))
	);
}

/**
 * Every calendar year from `first` to `last` with the series' value or null: a line drawn over it with
 * `defined(d => d.value !== null)` breaks where a year has no value instead of joining across it.
 */
export function withGaps(
	points: readonly ComparePoint[],
	first: number,
	last: number
): { year: number; value: number | null }[] {
	const byYear = new Map(points.map((p) => [p.year, p.value]));
	const out: { year: number; value: number | null }[] = [];
	for (let year = first; year <= last; year++) out.push({ year, value: byYear.get(year) ?? null });
	return out;
}

/** True when the series has no value the year before or after `year`: a point no line reaches, drawn larger. */
export function isolated(series: Pick<CompareSeries, 'points'>, year: number): boolean {
	return !series.points.some((p) => p.year === year - 1 || p.year === year + 1);
}

/** Lowest and highest value of all series (shared by the line chart and every small multiple). */
export function valueDomain(series: readonly CompareSeries[]): [number, number] {
	const values = series.flatMap((s) => s.points.map((p) => p.value));
	if (values.length === 0) return [0, 1];
	const lo = Math.min(...values);
	const hi = Math.max(...values);
	return lo === hi ? [lo - 1, hi + 1] : [lo, hi];
}

/** The plot box of a chart: its size and the margins around the plot. */
export interface PlotBox {
	width: number;
	height: number;
	margin: { top: number; right: number; bottom: number; left: number };
}

/**
 * The scales of a chart of compared series over the years `first`–`last` on the shared `yDomain`, and the
 * path of a series' line (broken where a year has no value). The line chart and each small multiple use it.
 */
export function compareScales(
	first: number,
	last: number,
	yDomain: [number, number],
	{ width, height, margin }: PlotBox
): {
	x: ScaleLinear<number, number>;
	y: ScaleLinear<number, number>;
	/** A province's line (broken at missing years), or a region's mean where its coverage is comparable. */
	linePath: (series: Pick<CompareSeries, 'kind' | 'points' | 'total'>) => string;
} {
	const x = yearScale([first, last], [margin.left, width - margin.right]);
	const y = scaleLinear()
		.domain(yDomain)
		.range([height - margin.bottom, margin.top])
		.nice();
	const path = line<{ year: number; value: number | null }>()
		.defined((d) => d.value !== null)
		.x((d) => x(d.year))
		.y((d) => y(d.value as number));
	return {
		x,
		y,
		linePath: (s) =>
			s.kind === 'region'
				? meanLine(s.points.map(asMean), s.total, x, y).path
				: (path(withGaps(s.points, first, last)) ?? '')
	};
}

/** What MeanLine draws of a region's series: its means with their counts, its size, colour and id. */
export function meanOf(s: CompareSeries): {
	points: MeanPoint[];
	total: number;
	colour: string;
	region: RegionId;
} {
	return { points: s.points.map(asMean), total: s.total, colour: s.colour, region: s.region };
}

/** A region's point as a mean of `provinces` (0 when unknown, which leaves it out of any line). */
export function asMean(p: ComparePoint): MeanPoint {
	return { year: p.year, value: p.value, provinces: p.provinces ?? 0 };
}
