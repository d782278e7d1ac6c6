// What the Moran scatter draws (its download is lisa-rows.ts, shared with the LISA map): each province's standardised value against its spatial lag,
// its local Moran and LISA cluster, and the line through the origin whose slope is I.
import type { Province, RegionId, RegionScheme } from '$lib/data/manifest';
import type { LocalMoran, MoranYear } from '$lib/metrics/moran-types';
import type { Lang } from '$lib/i18n/lang';
import { t } from '$lib/i18n/translate';
import { signed } from './spread-format';

/** A province of the scatter with its names and region (for labels and the selection). */
export type MoranPoint = LocalMoran & { name_zh: string; name_en: string; region: RegionId };

/** A point that has a lag: every province but the islands. */
export type LaggedPoint = MoranPoint & { lagZ: number; localI: number };

/** The year's local Morans with the names of `places` and their region in `scheme` (unknown adcodes left out). */
export function moranPoints(
	year: MoranYear,
	places: readonly Province[],
	scheme: RegionScheme
): MoranPoint[] {
	const byAdcode = new Map(places.map((p) => [p.adcode, p]));
	return year.locals.flatMap((local) => {
		const place = byAdcode.get(local.adcode);
		return place ? [{ ...local, name_zh: place.name_zh, name_en: place.name_en, region: place[scheme] }] : [];
	});
}

export const lagged = (points: readonly MoranPoint[]): LaggedPoint[] =>
	points.filter((p): p is LaggedPoint => p.lagZ !== null && p.localI !== null);

/**
 * The least-squares slope of the lag on z through the origin, Σ z·lag / Σ z², over the points drawn. Without
 * islands it equals I (z is standardised over n, so Σ z² = n); null when every z drawn is 0.
 */
export function originSlope(points: readonly { z: number; lagZ: number }[]): number | null {
	let zz = 0;
	let zl = 0;
	for (const p of points) {
		zz += p.z * p.z;
		zl += p.z * p.lagZ;
	}
	return zz > 0 ? zl / zz : null;
}

/**
 * The line the scatter draws, in words: "slope = I = 0.48" without islands; with islands, the slope over
 * the provinces with a neighbour, which is not I, and I beside it.
 */
export function slopeSentence(
	lang: Lang,
	i: number,
	points: readonly LaggedPoint[],
	islands: number
): string {
	const slope = originSlope(points);
	if (!islands || slope === null) return t(lang, 'moran_slopeIsI', { i: signed(lang, i, 3) });
	return t(lang, 'moran_slopeWithoutIslands', {
		slope: signed(lang, slope, 3),
		n: points.length,
		i: signed(lang, i, 3)
	});
}
