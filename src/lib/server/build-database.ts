// The database of the prerendered pages: the site's own Arrow files (static/data/, fetched the way the
// browser fetches them), in DuckDB through the Node connector, so the first view's charts are drawn at build
// time from the same tables and the same SQL as in the browser. Server-only ($lib/server): SvelteKit refuses
// to bundle it for the client, and @duckdb/node-api is imported only when it runs.
import { tableFromIPC, type Table } from 'apache-arrow';
import { asset } from '$app/paths';
import type { Connector } from '$lib/db/connector';
import type { Manifest } from '$lib/data/manifest';

interface Opened {
	generatedAt: string;
	db: Promise<Connector & { close(): void }>;
}

// One database per build (and per data version under `vite dev`).
let opened: Opened | null = null;

export async function buildDatabase(
	fetch: typeof globalThis.fetch
): Promise<{ db: Connector; manifest: Manifest }> {
	const manifest = (await (await get(fetch, 'manifest.json')).json()) as Manifest;
	if (opened?.generatedAt !== manifest.generated_at) {
		const previous = opened;
		opened = { generatedAt: manifest.generated_at, db: open(fetch, manifest) };
		previous?.db.then((db) => db.close()).catch(() => {});
	}
	return { db: await opened.db, manifest };
}

async function open(fetch: typeof globalThis.fetch, manifest: Manifest) {
	const { startNodeDatabase } = await import('$lib/db/node');
	const tables: Record<string, Table> = {};
	for (const table of manifest.tables) {
		tables[table.name] = tableFromIPC(new Uint8Array(await (await get(fetch, table.file)).arrayBuffer()));
	}
	return startNodeDatabase(tables);
}

async function get(fetch: typeof globalThis.fetch, file: string): Promise<Response> {
	const response = await fetch(asset(`/data/${file}`));
	if (!response.ok) throw new Error(`data/${file}: HTTP ${response.status} (run npm run data)`);
	return response;
}
