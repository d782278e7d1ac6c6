// Where the keys of the province maps' legend go: after the colour ramp on its line where they fit, else on
// lines of their own under it (a phone).
import type { Lang } from '$lib/i18n/lang';
import { t } from '$lib/i18n/translate';
import { flowLegend } from './layout';

/** The colour ramp's width, and the height of its line (the ramp and its min and max under it). */
export const RAMP_WIDTH = 200;
const RAMP_LINE = 40;
/** The height of a line of keys (an 18 px swatch). */
const KEY_LINE = 24;
const SWATCH = { swatch: 24, gap: 18 };

export type MapKeyKind = 'no-data' | 'selected' | 'extra' | 'in-region';

export interface MapKey {
	kind: MapKeyKind;
	label: string;
}

/** The legend's keys after the ramp: no data, selected, an extra one (the base map's), in a selected region. */
export function mapLegendKeys(lang: Lang, inRegion: boolean, extra: string | null): MapKey[] {
	const keys: MapKey[] = [
		{ kind: 'no-data', label: t(lang, 'noData') },
		{ kind: 'selected', label: t(lang, 'tileMap_selected') }
	];
	if (extra) keys.push({ kind: 'extra', label: extra });
	if (inRegion) keys.push({ kind: 'in-region', label: t(lang, 'tileMap_inRegion') });
	return keys;
}

/** Each key's place in a legend `width` px wide, and the legend's height. */
export function placeMapLegend(
	keys: readonly MapKey[],
	width: number
): { keys: (MapKey & { x: number; y: number })[]; height: number } {
	const gap = RAMP_WIDTH + 32;
	const after = flowLegend(keys, (k) => k.label, width - gap, SWATCH);
	if (after.every((p) => p.line === 0)) {
		return { keys: after.map((p) => ({ ...p.item, x: gap + p.x, y: 0 })), height: RAMP_LINE };
	}
	const below = flowLegend(keys, (k) => k.label, width, SWATCH);
	const lines = Math.max(...below.map((p) => p.line)) + 1;
	return {
		keys: below.map((p) => ({ ...p.item, x: p.x, y: RAMP_LINE + p.line * KEY_LINE })),
		height: RAMP_LINE + lines * KEY_LINE
	};
}
