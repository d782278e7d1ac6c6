// A user's base map as SVG paths: projected and fitted once per map (not per year or indicator), grouped
// by province, in reading order. Pure: d3-geo makes path strings without a DOM.
import { geoArea, geoCentroid, geoConicEqualArea, geoIdentity, geoPath, type GeoPath } from 'd3';
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry, Position } from 'geojson';

type MapFeature = Feature<Geometry, GeoJsonProperties>;

/** A feature to draw and the province it stands for (null: not in these data). */
export interface ShapeInput {
	feature: MapFeature;
	adcode: number | null;
	label: string;
}

export interface MapPath {
	d: string;
	/** Lines (e.g. the dashes of a South China Sea boundary) are stroked, not filled. */
	line: boolean;
}

export interface ProvinceShape {
	adcode: number;
	/** One per feature of the province (a province may come as several features: islands, parts). */
	paths: MapPath[];
	/** Where its tooltip points: the centroid of its areas, in SVG units. */
	centroid: [number, number];
}

export interface OtherShape extends MapPath {
	label: string;
}

export interface MapShapes {
	width: number;
	height: number;
	/** The box the features are fitted into: [[left, top], [right, bottom]]. */
	extent: [[number, number], [number, number]];
	/** True when the file's coordinates were already projected (drawn as they are, y up). */
	planar: boolean;
	/** Provinces in reading order: north to south in bands, west to east within a band (the Tab order). */
	provinces: ProvinceShape[];
	/** Features that are no province of these data (e.g. Taiwan, Hong Kong, Macao, the South China Sea islands). */
	others: OtherShape[];
}

export interface ShapeLayout {
	width: number;
	/** Room above the map (the legend) and below it (the approval number), and at the sides. */
	top: number;
	bottom: number;
	pad: number;
	/** The map is at most this many times as tall as it is wide. */
	maxAspect: number;
}

type Visit = (position: Position) => boolean;

function everyPosition(geometry: Geometry, visit: Visit): boolean {
	switch (geometry.type) {
		case 'Point':
			return visit(geometry.coordinates);
		case 'MultiPoint':
		case 'LineString':
			return geometry.coordinates.every(visit);
		case 'MultiLineString':
		case 'Polygon':
			return geometry.coordinates.every((ring) => ring.every(visit));
		case 'MultiPolygon':
			return geometry.coordinates.every((polygon) => polygon.every((ring) => ring.every(visit)));
		case 'GeometryCollection':
			return geometry.geometries.every((g) => everyPosition(g, visit));
	}
}

/** True when every position is a longitude and latitude (within ±180° and ±90°): the data are not projected. */
export function isLonLat(geometries: Iterable<Geometry>): boolean {
	const inRange: Visit = (p) => Math.abs(p[0] ?? NaN) <= 180 && Math.abs(p[1] ?? NaN) <= 90;
	for (const geometry of geometries) if (!everyPosition(geometry, inRange)) return false;
	return true;
}

const HEMISPHERE = 2 * Math.PI;
const ringArea = (ring: Position[]) => geoArea({ type: 'Polygon', coordinates: [ring] });

function rewindPolygon(rings: Position[][]): Position[][] {
	return rings.map((ring, i) => {
		const large = ringArea(ring) > HEMISPHERE;
		// The exterior must enclose less than a hemisphere, a hole more.
		return (i === 0) === large ? [...ring].reverse() : ring;
	});
}

/**
 * The geometry wound as d3-geo reads it on the sphere. d3 takes a ring's inside to be on its right
 * (exteriors clockwise), while GeoJSON (RFC 7946) asks for anticlockwise exteriors, which d3 would
 * read as the whole globe except the province. Each ring is turned where needed: an exterior then
 * encloses less than a hemisphere, a hole more. Lines and points are returned as they are.
 */
export function rewindForSphere(geometry: Geometry): Geometry {
	switch (geometry.type) {
		case 'Polygon':
			return { ...geometry, coordinates: rewindPolygon(geometry.coordinates) };
		case 'MultiPolygon':
			return { ...geometry, coordinates: geometry.coordinates.map(rewindPolygon) };
		case 'GeometryCollection':
			return { ...geometry, geometries: geometry.geometries.map(rewindForSphere) };
		default:
			return geometry;
	}
}

function isLine(geometry: Geometry): boolean {
	if (geometry.type === 'GeometryCollection') return geometry.geometries.every(isLine);
	return geometry.type === 'LineString' || geometry.type === 'MultiLineString';
}

/**
 * Projects and fits the features into `layout.width` (the height follows the map's shape): a conic
 * equal-area projection for China (standard parallels 25° and 47°, central meridian 105° E) when the
 * coordinates are longitudes and latitudes, else the coordinates as they are, y up.
 */
export function drawShapes(items: readonly ShapeInput[], layout: ShapeLayout): MapShapes {
	const planar = !isLonLat(items.map((d) => d.feature.geometry));
	const features: MapFeature[] = items.map((d) =>
		planar ? d.feature : { ...d.feature, geometry: rewindForSphere(d.feature.geometry) }
	);
	const collection: FeatureCollection<Geometry, GeoJsonProperties> = { type: 'FeatureCollection', features };
	const innerWidth = layout.width - 2 * layout.pad;

	const projection = planar
		? geoIdentity().reflectY(true)
		: geoConicEqualArea().parallels([25, 47]).rotate([-105, 0]);
	// First fitted to the width alone, to learn the height the map's shape asks for.
	projection.fitSize([innerWidth, innerWidth * 1000], collection);
	const [[, y0], [, y1]] = geoPath(projection).bounds(collection);
	const natural = y1 - y0;
	const mapHeight = Math.ceil(
		Number.isFinite(natural) && natural > 0
			? Math.min(Math.max(natural, innerWidth / 4), innerWidth * layout.maxAspect)
			: innerWidth * 0.75
	);
	const extent: [[number, number], [number, number]] = [
		[layout.pad, layout.top],
		[layout.pad + innerWidth, layout.top + mapHeight]
	];
	projection.fitExtent(extent, collection);
	const path = geoPath(projection).digits(1);

	const provinces = new Map<number, { paths: MapPath[]; features: MapFeature[] }>();
	const others: OtherShape[] = [];
	items.forEach((item, i) => {
		const feature = features[i] as MapFeature;
		const d = path(feature);
		if (!d) return;
		const shape = { d, line: isLine(feature.geometry) };
		if (item.adcode === null) {
			others.push({ ...shape, label: item.label });
			return;
		}
		const entry = provinces.get(item.adcode) ?? { paths: [], features: [] };
		entry.paths.push(shape);
		entry.features.push(feature);
		provinces.set(item.adcode, entry);
	});

	// Reading order: bands of latitude (4°) from the north, west to east within a band; for projected data,
	// bands of a sixth of the map's height. (Projected rows curve with the parallels, so lon/lat decide.)
	const order = (entry: { features: MapFeature[] }, at: [number, number]): [number, number] => {
		if (planar) return [Math.floor((at[1] - layout.top) / (mapHeight / 6)), at[0]];
		const [lon, lat] = geoCentroid({ type: 'FeatureCollection', features: entry.features });
		return [Math.floor((90 - lat) / 4), lon];
	};
	const shapes = [...provinces].map(([adcode, entry]) => {
		const at = centroid(path, entry.features);
		return { shape: { adcode, paths: entry.paths, centroid: at }, key: order(entry, at) };
	});
	shapes.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1]);
	return {
		width: layout.width,
		height: layout.top + mapHeight + layout.bottom,
		extent,
		planar,
		provinces: shapes.map((d) => d.shape),
		others
	};
}

/** The area-weighted centroid of the features (their plain mean when none has an area). */
function centroid(path: GeoPath, features: readonly MapFeature[]): [number, number] {
	let x = 0;
	let y = 0;
	let weight = 0;
	const points = features.map((f) => ({ at: path.centroid(f), area: path.area(f) }));
	const usable = points.filter((p) => Number.isFinite(p.at[0]) && Number.isFinite(p.at[1]));
	const anyArea = usable.some((p) => p.area > 0);
	for (const p of usable) {
		const w = anyArea ? p.area : 1;
		x += p.at[0] * w;
		y += p.at[1] * w;
		weight += w;
	}
	return weight > 0 ? [x / weight, y / weight] : [0, 0];
}
