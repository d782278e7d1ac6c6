// The LISA cluster map's pure parts: each province's tile with its local Moran, the clusters' counts and
// legend keys, what a tile and its tooltip say, and the finding in words.
import type { Province, RegionScheme } from '$lib/data/manifest';
import type { MeasureFailureReason } from '$lib/metrics/measured';
import {
	LISA_CLUSTERS,
	MIN_MORAN_PROVINCES,
	type LisaCluster,
	type LocalMoran,
	type MoranYear
} from '$lib/metrics/moran-types';
import type { Lang } from '$lib/i18n/lang';
import { provinceName } from '$lib/i18n/names';
import { formatNumber, nameList, separator, t } from '$lib/i18n/translate';
import type { MapKey } from '../map-legend';
import type { Tile } from '../tile-map';
import { LISA_COLOURS } from './lisa-palette';
import { localsByAdcode } from './lisa-rows';
import { reasonText, signed } from './spread-format';

/** A province's tile with its local Moran (null where it has no value). */
export interface LisaTile extends Tile {
	local: LocalMoran | null;
}

/** Every province of `places` at its tile, region as `scheme` has it, with its value and local Moran where it has one. */
export function lisaTiles(moran: MoranYear, places: readonly Province[], scheme: RegionScheme): LisaTile[] {
	const locals = localsByAdcode(moran);
	return [...places]
		.sort((a, b) => a.adcode - b.adcode)
		.map((p) => {
			const local = locals.get(p.adcode) ?? null;
			return {
				adcode: p.adcode,
				name_zh: p.name_zh,
				name_en: p.name_en,
				region: p[scheme],
				value: local?.value ?? null,
				rank: null,
				row: p.tile_row,
				col: p.tile_col,
				local
			};
		});
}

/** How many provinces with a value fall in each cluster. */
export function clusterCounts(locals: readonly LocalMoran[]): Record<LisaCluster, number> {
	const counts = Object.fromEntries(LISA_CLUSTERS.map((c) => [c, 0])) as Record<LisaCluster, number>;
	for (const l of locals) counts[l.cluster] += 1;
	return counts;
}

/** The legend's keys: each cluster's colour with its count, then no data, selected and (shown) in a selected region. */
export function lisaClusterKeys(lang: Lang, counts: Record<LisaCluster, number>): MapKey[] {
	return LISA_CLUSTERS.map((cluster) => ({
		kind: cluster,
		label: t(lang, 'lisaMap_count', { cluster: t(lang, `lisa_${cluster}`), n: counts[cluster] }),
		fill: LISA_COLOURS[cluster]
	}));
}

/** A tile's fill: its cluster's colour (an island's is not-significant's). */
export const lisaFill = (tile: LisaTile): string => LISA_COLOURS[tile.local?.cluster ?? 'not-significant'];

/** The text under a tile's name: "no data", a significant cluster's short name, else nothing. */
export function lisaTileText(lang: Lang, tile: LisaTile): string {
	if (!tile.local) return t(lang, 'noData');
	const { cluster } = tile.local;
	return cluster === 'not-significant' ? '' : t(lang, `lisaMap_short_${cluster}`);
}

const pText = (lang: Lang, p: number) => formatNumber(lang, p, 3);

/** What a screen reader says of a tile: the province and its cluster with p, or that it has no data or no neighbour. */
export function lisaTileLabel(lang: Lang, tile: LisaTile): string {
	const province = provinceName(lang, tile);
	const { local } = tile;
	if (!local) return t(lang, 'tileMap_tileNoData', { province });
	if (local.pPerm === null) return t(lang, 'lisaMap_tileIsland', { province });
	return t(lang, 'lisaMap_tile', {
		province,
		cluster: t(lang, `lisa_${local.cluster}`),
		p: pText(lang, local.pPerm)
	});
}

/** The tooltip's lines under the name: the value, then the cluster, local I and p (or why there are none). */
export function lisaTooltipLines(lang: Lang, tile: LisaTile, write: (value: number) => string): string[] {
	const { local } = tile;
	if (!local) return [`${t(lang, 'value')}: ${t(lang, 'noData')}`];
	const value = `${t(lang, 'value')}: ${write(local.value)}`;
	if (local.localI === null || local.pPerm === null) return [value, t(lang, 'lisaMap_noNeighbour')];
	return [
		value,
		t(lang, 'lisaMap_cluster', { cluster: t(lang, `lisa_${local.cluster}`) }),
		t(lang, 'lisaMap_localI', { i: signed(lang, local.localI, 3) }),
		t(lang, 'lisaMap_p', { p: pText(lang, local.pPerm) })
	];
}

/** The grid in words: each province and its cluster (or no data). */
export function lisaDescription(lang: Lang, tiles: readonly LisaTile[], year: number): string {
	const values = tiles
		.map(
			(d) => `${provinceName(lang, d)} ${d.local ? t(lang, `lisa_${d.local.cluster}`) : t(lang, 'noData')}`
		)
		.join(separator(lang, 'items'));
	return t(lang, 'chart_lisaMap_desc', { year, values });
}

/** The names of a cluster's provinces, the most extreme value first (highest for high-high, lowest for low-low). */
function clusterNames(lang: Lang, tiles: readonly LisaTile[], cluster: 'high-high' | 'low-low'): string[] {
	const sign = cluster === 'high-high' ? -1 : 1;
	return tiles
		.flatMap((d) => (d.local?.cluster === cluster ? [{ d, value: d.local.value }] : []))
		.sort((a, b) => sign * (a.value - b.value) || a.d.adcode - b.d.adcode)
		.map(({ d }) => provinceName(lang, d));
}

/**
 * The finding in words: which provinces form the high-high and the low-low clusters at p < 0.05, or that
 * only spatial outliers are significant, or that no province is.
 */
export function lisaFinding(lang: Lang, tiles: readonly LisaTile[], year: number): string {
	const high = clusterNames(lang, tiles, 'high-high');
	const low = clusterNames(lang, tiles, 'low-low');
	const counts = {
		year,
		high: nameList(lang, high),
		nh: high.length,
		low: nameList(lang, low),
		nl: low.length
	};
	if (high.length && low.length) return t(lang, 'lisaMap_find_both', counts);
	if (high.length) return t(lang, 'lisaMap_find_high', counts);
	if (low.length) return t(lang, 'lisaMap_find_low', counts);
	const outliers = tiles.filter(
		(d) => d.local?.cluster === 'high-low' || d.local?.cluster === 'low-high'
	).length;
	return outliers
		? t(lang, 'lisaMap_find_outliers', { year, n: outliers })
		: t(lang, 'lisaMap_find_none', { year });
}

/** The provinces with a value but no neighbour among those with one, by name; '' when there are none. */
export function lisaIslandsNote(lang: Lang, moran: MoranYear, places: readonly Province[]): string {
	const { islands } = moran.global;
	if (!islands.length) return '';
	const names = places.filter((p) => islands.includes(p.adcode)).map((p) => provinceName(lang, p));
	return t(lang, 'lisaMap_islands', { names: names.join(separator(lang, 'names')) });
}

/** Why there is no map for the year, in words. */
export function lisaNoFigureText(
	lang: Lang,
	failure: { reason: MeasureFailureReason; provinces: number },
	year: number
): string {
	const reason =
		failure.reason === 'too_few_provinces'
			? t(lang, 'lisaMap_reason_too_few_provinces', { n: failure.provinces, min: MIN_MORAN_PROVINCES })
			: reasonText(lang, failure.reason, failure.provinces);
	return t(lang, 'lisaMap_notDefined', { year, reason });
}
