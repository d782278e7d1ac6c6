import { asset } from '$app/paths';
import type { Manifest } from '$lib/data/manifest';
import type { LayoutLoad } from './$types';

// Every page is a static file; the manifest is inlined into it at build time, so the controls,
// labels and published figures show before the data engine has loaded.
export const prerender = true;
export const trailingSlash = 'always';

export const load: LayoutLoad = async ({ fetch }) => {
	const response = await fetch(asset('/data/manifest.json'));
	if (!response.ok) throw new Error(`data/manifest.json: HTTP ${response.status} (run npm run data)`);
	return { manifest: (await response.json()) as Manifest };
};
