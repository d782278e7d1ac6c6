import type { Capital, Manifest } from '$lib/data/manifest';
import type { SpatialWeights, WeightsScheme } from './moran-types';

/** What the weights are built from: the contiguity pairs (queen) and the provincial capitals (knn4). */
export type Geography = Pick<Manifest, 'contiguity' | 'capitals'>;

/** Neighbours of each unit under knn4. */
const KNN = 4;
/** The mean Earth radius (IUGG), km. */
const EARTH_RADIUS_KM = 6371.0088;

/**
 * Row-standardised weights over the provinces `ids` (those with a value in the year), in that order.
 * queen: the contiguity pairs with both ends in `ids`, so a province without a value leaves the weights
 * and its neighbours are re-standardised over the rest; a unit left without a neighbour is an island
 * (empty row, listed in `islands`). knn4: each unit's 4 nearest other units by great-circle distance
 * between capitals, ties broken by the smaller adcode (asymmetric: j may be i's neighbour and not i j's).
 */
export function spatialWeights(
	scheme: WeightsScheme,
	ids: readonly number[],
	geography: Geography
): SpatialWeights {
	const neighbours = scheme === 'queen' ? queenNeighbours(ids, geography) : knnNeighbours(ids, geography);
	return {
		ids: [...ids],
		neighbours,
		weights: neighbours.map((row) => row.map(() => 1 / row.length)),
		islands: ids.filter((_, k) => neighbours[k]?.length === 0)
	};
}

/** Great-circle distance in km between two points given in degrees (haversine, mean Earth radius 6371.0088 km). */
export function greatCircleKm(a: Pick<Capital, 'lon' | 'lat'>, b: Pick<Capital, 'lon' | 'lat'>): number {
	const rad = Math.PI / 180;
	const dLat = (b.lat - a.lat) * rad;
	const dLon = (b.lon - a.lon) * rad;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

function queenNeighbours(ids: readonly number[], { contiguity }: Geography): number[][] {
	const index = new Map(ids.map((id, k) => [id, k]));
	const rows: number[][] = ids.map(() => []);
	for (const { a, b } of contiguity) {
		const ka = index.get(a);
		const kb = index.get(b);
		if (ka === undefined || kb === undefined) continue;
		rows[ka]?.push(kb);
		rows[kb]?.push(ka);
	}
	return rows.map((row) => row.sort((x, y) => x - y));
}

function knnNeighbours(ids: readonly number[], { capitals }: Geography): number[][] {
	const byAdcode = new Map(capitals.map((c) => [c.adcode, c]));
	const points = ids.map((id) => {
		const capital = byAdcode.get(id);
		if (!capital) throw new Error(`no capital for province ${id}`);
		return capital;
	});
	return points.map((p, i) =>
		points
			.map((q, j) => ({ j, km: greatCircleKm(p, q), adcode: q.adcode }))
			.filter(({ j }) => j !== i)
			.sort((x, y) => x.km - y.km || x.adcode - y.adcode)
			.slice(0, KNN)
			.map(({ j }) => j)
	);
}
