// Fetches an indicator's early rows before the engine is ready: data/views/<id>.json, written by the data step
// for each bundled indicator. Derived and imported indicators have none: they wait for the engine.
import { asset } from '$app/paths';
import type { Manifest } from '$lib/data/manifest';
import type { EarlyRows, FetchEarlyRows } from './early-rows';

/** The bundled indicators' early rows; null for any other indicator, or when the file cannot be had. */
export function earlyRowsFiles(manifest: Manifest): FetchEarlyRows {
	const bundled = new Set(manifest.indicators.map((i) => i.id));
	return async (indicator) => {
		if (!bundled.has(indicator)) return null;
		try {
			const response = await fetch(asset(`/data/views/${encodeURIComponent(indicator)}.json`));
			return response.ok ? ((await response.json()) as EarlyRows) : null;
		} catch {
			return null;
		}
	};
}
