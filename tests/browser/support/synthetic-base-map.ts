// A SYNTHETIC base map for tests only: one square per province on a plain grid (no real boundary, not
// a map of anything), plus one square named "测试区域" that is no province. It is built in the tests and
// never shipped with the site.
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';

export const UNMATCHED_NAME = '测试区域';

/** A closed square ring with its south-west corner at (lon, lat); anticlockwise as RFC 7946 asks. */
export function square(lon: number, lat: number, size: number): Position[] {
	return [
		[lon, lat],
		[lon + size, lat],
		[lon + size, lat + size],
		[lon, lat + size],
		[lon, lat]
	];
}

/**
 * One 4° square per adcode, eight to a row from 76° E and 50° N going south-east, with `properties(adcode)`;
 * then a square for "测试区域" in the row below.
 */
export function syntheticBaseMap(
	adcodes: readonly number[],
	properties: (adcode: number) => Record<string, unknown> = (adcode) => ({ adcode })
): FeatureCollection<Polygon> {
	const at = (i: number): Position => [76 + (i % 8) * 6, 50 - Math.floor(i / 8) * 6];
	const feature = (i: number, props: Record<string, unknown>): Feature<Polygon> => {
		const [lon, lat] = at(i) as [number, number];
		return {
			type: 'Feature',
			properties: props,
			geometry: { type: 'Polygon', coordinates: [square(lon, lat - 4, 4)] }
		};
	};
	return {
		type: 'FeatureCollection',
		features: [
			...adcodes.map((adcode, i) => feature(i, properties(adcode))),
			feature(adcodes.length, { name: UNMATCHED_NAME })
		]
	};
}

/**
 * The same polygons as a quantized TopoJSON Topology, one object per entry of `layers`: each ring is one
 * arc, its first position absolute and the others as deltas, at 0.01° (the transform).
 */
export function toTopology(layers: Record<string, FeatureCollection<Polygon>>) {
	const scale: [number, number] = [0.01, 0.01];
	const translate: [number, number] = [70, 10];
	const arcs: number[][][] = [];
	const quantize = (p: Position) => [
		Math.round(((p[0] as number) - translate[0]) / scale[0]),
		Math.round(((p[1] as number) - translate[1]) / scale[1])
	];
	const object = (map: FeatureCollection<Polygon>) => ({
		type: 'GeometryCollection',
		geometries: map.features.map((f) => ({
			type: 'Polygon',
			properties: f.properties,
			arcs: f.geometry.coordinates.map((ring) => {
				let previous = [0, 0];
				arcs.push(
					ring.map((p) => {
						const q = quantize(p);
						const delta = [
							(q[0] as number) - (previous[0] as number),
							(q[1] as number) - (previous[1] as number)
						];
						previous = q;
						return delta;
					})
				);
				return [arcs.length - 1];
			})
		}))
	});
	return {
		type: 'Topology',
		transform: { scale, translate },
		objects: Object.fromEntries(Object.entries(layers).map(([name, map]) => [name, object(map)])),
		arcs
	};
}
