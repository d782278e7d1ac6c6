// Where the keys of the province maps' legend go: after the colour ramp on its line where they fit, else on
// lines of their own under it (a phone); a map without a ramp (the LISA clusters) flows them from the left.
import type { Lang } from '$lib/i18n/lang';
import { t } from '$lib/i18n/translate';
import { flowLegend } from './layout';

/** The colour ramp's width, and the height of its line (the ramp and its min and max under it). */
export const RAMP_WIDTH = 200;
const RAMP_LINE = 40;
/** The height of a line of keys (an 18 px swatch). */
const KEY_LINE = 24;
const SWATCH = { swatch: 24, gap: 18 };

export interface MapKey {
	/** What the key stands for, also its class (`legend-{kind}`): no-data, selected, in-region, or a fill's name. */
	kind: string;
	label: string;
	/** The swatch's colour, for a key that is a fill (the base map's other parts, a LISA cluster). */
	fill?: string;
}

/** The legend's keys after the ramp: no data, selected, an extra fill (the base map's), in a selected region. */
export function mapLegendKeys(lang: Lang, inRegion: boolean, extra: MapKey | null): MapKey[] {
	const keys: MapKey[] = [
		{ kind: 'no-data', label: t(lang, 'noData') },
		{ kind: 'selected', label: t(lang, 'tileMap_selected') }
	];
	if (extra) keys.push(extra);
	if (inRegion) keys.push({ kind: 'in-region', label: t(lang, 'tileMap_inRegion') });
	return keys;
}

/** Each key's place in a legend `width` px wide, after the ramp or (`ramp` false) without one, and the legend's height. */
export function placeMapLegend(
	keys: readonly MapKey[],
	width: number,
	ramp = true
): { keys: (MapKey & { x: number; y: number })[]; height: number } {
	if (!ramp) return flowKeys(keys, width, 0);
	const gap = RAMP_WIDTH + 32;
	const after = flowLegend(keys, (k) => k.label, width - gap, SWATCH);
	if (after.every((p) => p.line === 0)) {
		return { keys: after.map((p) => ({ ...p.item, x: gap + p.x, y: 0 })), height: RAMP_LINE };
	}
	return flowKeys(keys, width, RAMP_LINE);
}

/** The keys on lines of their own, `width` px wide, from `top`. */
function flowKeys(keys: readonly MapKey[], width: number, top: number) {
	const placed = flowLegend(keys, (k) => k.label, width, SWATCH);
	const lines = Math.max(0, ...placed.map((p) => p.line + 1));
	return {
		keys: placed.map((p) => ({ ...p.item, x: p.x, y: top + p.line * KEY_LINE })),
		height: top + lines * KEY_LINE
	};
}
