// Reading a base map that a user supplies: GeoJSON (a FeatureCollection, or a single Feature) or TopoJSON
// (a Topology, whose every object becomes a layer). Pure: no DOM, no network. Nothing geographic is
// bundled with the site; whatever is read here came from the user's own file and stays in their browser.
import { feature as topoFeature } from 'topojson-client';
import type { Feature, GeoJsonProperties, Geometry } from 'geojson';

export type BaseMapFeature = Feature<Geometry, GeoJsonProperties>;

export interface BaseMapLayer {
	/** The TopoJSON object's name; null for GeoJSON. */
	name: string | null;
	/** Features with a drawable geometry, in file order. */
	features: BaseMapFeature[];
	/** Features left out because their geometry is missing or malformed. */
	skipped: number;
}

export type BaseMapProblem = 'json' | 'notGeo' | 'topology' | 'empty';

/** Why a file is not a base map; `problem` picks the message shown, `detail` is the parser's own words. */
export class BaseMapError extends Error {
	constructor(
		readonly problem: BaseMapProblem,
		readonly detail = ''
	) {
		super(detail ? `${problem}: ${detail}` : problem);
		this.name = 'BaseMapError';
	}
}

const GEOMETRY_TYPES = new Set([
	'Point',
	'MultiPoint',
	'LineString',
	'MultiLineString',
	'Polygon',
	'MultiPolygon'
]);

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** A GeoJSON geometry with coordinates of the right nesting (only the outer arrays are checked). */
export function isGeometry(value: unknown): value is Geometry {
	if (!isObject(value) || typeof value.type !== 'string') return false;
	if (value.type === 'GeometryCollection') {
		return Array.isArray(value.geometries) && value.geometries.every(isGeometry);
	}
	return GEOMETRY_TYPES.has(value.type) && Array.isArray(value.coordinates);
}

/**
 * The layers of a base map file's text: one for GeoJSON, one per object for TopoJSON.
 * Throws a BaseMapError when the text is not JSON, not GeoJSON or TopoJSON, or holds nothing to draw.
 */
export function readBaseMap(text: string): BaseMapLayer[] {
	let data: unknown;
	try {
		data = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (error) {
		throw new BaseMapError('json', error instanceof Error ? error.message : String(error));
	}
	if (!isObject(data)) throw new BaseMapError('notGeo');

	let layers: BaseMapLayer[];
	if (data.type === 'Topology') layers = readTopology(data);
	else if (data.type === 'FeatureCollection' && Array.isArray(data.features))
		layers = [layer(null, data.features)];
	else if (data.type === 'Feature') layers = [layer(null, [data])];
	else throw new BaseMapError('notGeo');

	layers = layers.filter((d) => d.features.length > 0);
	if (!layers.length) throw new BaseMapError('empty');
	return layers;
}

function readTopology(data: Record<string, unknown>): BaseMapLayer[] {
	const objects = data.objects;
	if (!isObject(objects) || !Array.isArray(data.arcs)) {
		throw new BaseMapError('topology', 'a Topology needs "objects" and "arcs"');
	}
	const topology = data as unknown as Parameters<typeof topoFeature>[0];
	return Object.keys(objects).map((name) => {
		let converted: unknown;
		try {
			converted = topoFeature(topology, name);
		} catch (error) {
			throw new BaseMapError(
				'topology',
				`${name}: ${error instanceof Error ? error.message : String(error)}`
			);
		}
		if (isObject(converted) && converted.type === 'FeatureCollection' && Array.isArray(converted.features)) {
			return layer(name, converted.features);
		}
		return layer(name, [converted]);
	});
}

function layer(name: string | null, items: readonly unknown[]): BaseMapLayer {
	const features: BaseMapFeature[] = [];
	for (const item of items) {
		if (isObject(item) && item.type === 'Feature' && isGeometry(item.geometry)) {
			features.push({
				type: 'Feature',
				id: typeof item.id === 'string' || typeof item.id === 'number' ? item.id : undefined,
				properties: isObject(item.properties) ? item.properties : null,
				geometry: item.geometry
			});
		}
	}
	return { name, features, skipped: items.length - features.length };
}
