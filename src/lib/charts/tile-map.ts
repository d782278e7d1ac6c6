// The tile-grid map's pure parts: where each tile goes, its colour and label, and the rows it downloads.
import { interpolateBlues, rgb } from 'd3';
import type { Province } from '$lib/data/manifest';
import type { ProvinceValue } from '$lib/queries/province-values';
import type { CsvRow } from '$lib/csv/to-csv';
import type { Lang } from '$lib/i18n/lang';
import { provinceName } from '$lib/i18n/names';
import { formatNumber, t } from '$lib/i18n/translate';

export const TILE_MAP_COLUMNS = [
	'indicator',
	'year',
	'adcode',
	'province',
	'region',
	'value',
	'rank'
] as const;

/** A province's value for the year at its place in the grid. */
export interface Tile extends ProvinceValue {
	row: number;
	col: number;
}

/**
 * Whether every place has a tile of its own: the grid is one square per province. Data of smaller units
 * (counties, which would share their province's square) cannot be drawn on it, and the page leaves the
 * map out rather than stack them.
 */
export function eachOnItsOwnTile(places: readonly Pick<Province, 'tile_row' | 'tile_col'>[]): boolean {
	return new Set(places.map((p) => `${p.tile_row},${p.tile_col}`)).size === places.length;
}

/** Every province of `places` at its tile, with its value and rank where `values` has one (else null). */
export function placeTiles(
	values: readonly ProvinceValue[],
	places: readonly Pick<Province, 'adcode' | 'name_zh' | 'name_en' | 'region4' | 'tile_row' | 'tile_col'>[]
): Tile[] {
	const byAdcode = new Map(values.map((v) => [v.adcode, v]));
	return [...places]
		.sort((a, b) => a.adcode - b.adcode)
		.map((p) => {
			const v = byAdcode.get(p.adcode);
			return {
				adcode: p.adcode,
				name_zh: p.name_zh,
				name_en: p.name_en,
				region: v?.region ?? p.region4,
				value: v?.value ?? null,
				rank: v?.rank ?? null,
				row: p.tile_row,
				col: p.tile_col
			};
		});
}

/** What a province map draws for a year: every province at its place, the colour scale, the rows it downloads, and how many have a value. */
export function provinceMap(
	values: readonly ProvinceValue[],
	places: Parameters<typeof placeTiles>[1],
	context: { indicator: string; year: number; lang: Lang }
): { tiles: Tile[]; scale: ColourScale; rows: CsvRow[]; covered: number } {
	const tiles = placeTiles(values, places);
	return {
		tiles,
		scale: colourScale(tiles.map((d) => d.value)),
		rows: tileMapRows(tiles, context),
		covered: tiles.filter((d) => d.value != null).length
	};
}

/** The rows the map draws and downloads: all provinces in adcode order, those without data with empty value and rank. */
export function tileMapRows(
	tiles: readonly ProvinceValue[],
	context: { indicator: string; year: number; lang: Lang }
): CsvRow[] {
	return [...tiles]
		.sort((a, b) => a.adcode - b.adcode)
		.map((p) => ({
			indicator: context.indicator,
			year: context.year,
			adcode: p.adcode,
			province: provinceName(context.lang, p),
			region: p.region,
			value: p.value,
			rank: p.rank
		}));
}

/**
 * The part of d3's Blues used: from 0.15, so that the lowest value still stands apart from the white page
 * and from the hatched "no data" tiles, up to the darkest blue.
 */
export const RAMP_START = 0.15;
export const ramp = (t: number): string => interpolateBlues(RAMP_START + (1 - RAMP_START) * t);

export interface ColourScale {
	/** [min, max] of the values drawn; null when no province has a value. */
	domain: [number, number] | null;
	/** The fill of a value: min is the lightest blue, max the darkest; a lone value takes the middle. */
	colour: (value: number) => string;
}

/** A sequential scale over the finite values given (null, undefined and NaN are ignored). */
export function colourScale(values: Iterable<number | null | undefined>): ColourScale {
	let min = Infinity;
	let max = -Infinity;
	for (const v of values) {
		if (v == null || !Number.isFinite(v)) continue;
		if (v < min) min = v;
		if (v > max) max = v;
	}
	if (min > max) return { domain: null, colour: () => ramp(0.5) };
	const span = max - min;
	return {
		domain: [min, max],
		colour: (v) => ramp(span === 0 ? 0.5 : Math.min(1, Math.max(0, (v - min) / span)))
	};
}

const DARK_TEXT = '#000000';
const LIGHT_TEXT = '#ffffff';

/** WCAG relative luminance of a CSS colour. */
export function luminance(colour: string): number {
	const { r, g, b } = rgb(colour);
	const channel = (c: number) => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio of two colours (1 to 21). */
export function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/** Text colour for a label on `fill`: black or white, whichever contrasts more (so never under 4.5:1, WCAG AA). */
export function labelColour(fill: string): string {
	return contrast(fill, DARK_TEXT) >= contrast(fill, LIGHT_TEXT) ? DARK_TEXT : LIGHT_TEXT;
}

/** The name on a tile: the Chinese short name, or the English name one word a line (Inner / Mongolia). */
export function tileLabelLines(lang: Lang, p: { name_zh: string; name_en: string }): string[] {
	return lang === 'zh' ? [p.name_zh] : p.name_en.split(/\s+/).filter(Boolean);
}

/** A font size (px) at which the longest line fits `width`, at most `max` (CJK characters count double). */
export function fitFontSize(lines: readonly string[], width: number, max: number): number {
	const ems = Math.max(
		1,
		...lines.map((line) => [...line].reduce((n, ch) => n + (/[\u3000-\u9fff]/.test(ch) ? 1 : 0.58), 0))
	);
	return Math.min(max, Math.floor((width / ems) * 10) / 10);
}

/** A province's value on a map, as text: the number, or "no data". */
export function tileValueText(
	lang: Lang,
	d: Pick<ProvinceValue, 'value'>,
	write: (value: number) => string = (v) => formatNumber(lang, v)
): string {
	return d.value == null ? t(lang, 'noData') : write(d.value);
}

/** The tooltip's lines of a province on a value map: its value and, where it has one, its rank among `withData`. */
export function valueTooltipLines(
	lang: Lang,
	d: Pick<ProvinceValue, 'value' | 'rank'>,
	withData: number,
	write?: (value: number) => string
): string[] {
	const value = `${t(lang, 'value')}: ${tileValueText(lang, d, write)}`;
	return d.rank == null
		? [value]
		: [value, `${t(lang, 'rank')}: ${t(lang, 'tileMap_rank', { rank: d.rank, n: withData })}`];
}

/** What a screen reader says of a province on a map: its name, value and rank, or that it has no data. */
export function tileAriaLabel(lang: Lang, d: ProvinceValue): string {
	const province = provinceName(lang, d);
	return d.value == null
		? t(lang, 'tileMap_tileNoData', { province })
		: t(lang, 'tileMap_tile', { province, value: formatNumber(lang, d.value), rank: d.rank ?? '' });
}

/**
 * A key pressed on a map's province: Enter or Space toggles it in the selection, Escape hides its tooltip.
 * Returns whether the tooltip is to be dismissed.
 */
export function onProvinceKey(event: KeyboardEvent, toggle: () => void): boolean {
	if (event.key === 'Enter' || event.key === ' ') {
		event.preventDefault();
		toggle();
	}
	return event.key === 'Escape';
}
