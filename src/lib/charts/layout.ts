// The chart container's arithmetic, in one place: the drawing size (1 SVG unit = 1 CSS px, so text sizes are
// real px), margins, text sizes, how many ticks fit and how legends and labels flow at the width measured.

/** The width a chart is laid out at before its box is measured: the prerendered HTML, the server. */
export const DEFAULT_WIDTH = 640;
/**
 * The narrowest a chart is laid out at, so that margins never exceed the width (a 360 px phone leaves a
 * chart about 310 px, a small multiple about 190).
 */
export const MIN_WIDTH = 160;
/** Below this width a chart is narrow: fewer ticks, wrapped labels, legends on several lines. */
export const NARROW_WIDTH = 480;
/** Text sizes in px: no chart text is under `small` (11 px). */
export const TEXT = { small: 11, base: 12, title: 13 } as const;

export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** A chart's size and plot area, in px. */
export interface ChartLayout {
	width: number;
	height: number;
	margin: Margin;
	/** The plot's edges: margin.left, width − margin.right, margin.top, height − margin.bottom. */
	left: number;
	right: number;
	top: number;
	bottom: number;
	narrow: boolean;
	text: typeof TEXT;
}

/** The width a chart is drawn at for a measured box width: whole px, never under MIN_WIDTH. */
export function drawingWidth(measured: number | undefined): number {
	return measured && measured > 0 ? Math.max(MIN_WIDTH, Math.floor(measured)) : DEFAULT_WIDTH;
}

/** Whether a chart of this width is laid out for a narrow screen. */
export function isNarrow(width: number): boolean {
	return width < NARROW_WIDTH;
}

/** The layout of a chart `width` × `height` px with `margin` around its plot. */
export function chartLayout(width: number, height: number, margin: Margin): ChartLayout {
	return {
		width,
		height,
		margin,
		left: margin.left,
		right: width - margin.right,
		top: margin.top,
		bottom: height - margin.bottom,
		narrow: isNarrow(width),
		text: TEXT
	};
}

/** How many ticks to ask a d3 scale for along `length` px, one per `spacing` px, 2 to 10. */
export function tickCount(length: number, spacing = 64): number {
	return Math.max(2, Math.min(10, Math.floor(length / spacing)));
}

/**
 * Every n-th of `ticks` (from the first), n the smallest that leaves `spacing` px between labels along
 * `length` px: the year labels of an axis over the years.
 */
export function spacedTicks<T>(ticks: readonly T[], length: number, spacing: number): T[] {
	const step = ticks.length > 1 ? length / (ticks.length - 1) : length;
	const every = Math.max(1, Math.ceil(spacing / step));
	return ticks.filter((_, i) => i % every === 0);
}

/** An estimate of the width of `text` at `size` px: CJK glyphs are one em, others about 0.6 em. */
export function textWidth(text: string, size: number): number {
	let ems = 0;
	for (const ch of text) ems += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.6;
	return ems * size;
}

/** A legend entry placed by flowLegend: where it starts (its swatch) and on which line (0, 1, …). */
export interface Placed<T> {
	item: T;
	x: number;
	line: number;
}

/**
 * Legend entries left to right, each `swatch` px of key then its label, `gap` px apart, starting a new line
 * where the next would pass `width`.
 */
export function flowLegend<T>(
	items: readonly T[],
	label: (item: T) => string,
	width: number,
	{ size = TEXT.small, swatch = 18, gap = 14 } = {}
): Placed<T>[] {
	let x = 0;
	let line = 0;
	return items.map((item) => {
		const w = swatch + textWidth(label(item), size);
		if (x > 0 && x + w > width) {
			x = 0;
			line += 1;
		}
		const placed = { item, x, line };
		x += w + gap;
		return placed;
	});
}

/** The distance between two lines of a legend, in px. */
export const LEGEND_LINE = 18;

/** The height in px of a legend placed by flowLegend (0 for no entries). */
export function legendHeight(placed: readonly { line: number }[]): number {
	return placed.length ? (Math.max(...placed.map((p) => p.line)) + 1) * LEGEND_LINE : 0;
}
