// data/contiguity.csv: the pairs of provinces that are neighbours in the contiguity (queen) weights.
import type { Contiguity } from '../../src/lib/data/manifest';
import { fail, oneOf, source } from './cells';
import { readCsv } from './csv';
import { adcode, failAtProvince, type Provinces } from './provinces';

const COLUMNS = ['adcode_a', 'adcode_b', 'kind', 'source'] as const;
const KINDS = ['border', 'convention'] as const;

/**
 * Every pair once (in either order it is the same pair), a < b in the result. Checks that the adcodes
 * are known and different, the kind and the source, then that every province has a neighbour and that
 * the neighbours link all provinces into one graph (a province left out fails at its provinces.csv line).
 */
export async function readContiguity(dataDir: string, provinces: Provinces): Promise<Contiguity[]> {
	const pairs = new Map<string, { pair: Contiguity; line: number }>();
	for (const row of await readCsv(dataDir, 'contiguity.csv', COLUMNS)) {
		const first = adcode(row, 'adcode_a', provinces);
		const second = adcode(row, 'adcode_b', provinces);
		if (first === second) fail(row, `adcode ${first} is paired with itself`);
		const [a, b] = first < second ? [first, second] : [second, first];
		const key = `${a}-${b}`;
		const earlier = pairs.get(key);
		if (earlier) fail(row, `duplicate pair ${a}–${b} (first at ${row.file}:${earlier.line})`);
		const kind = oneOf(row, 'kind', KINDS);
		source(row);
		pairs.set(key, { pair: { a, b, kind }, line: row.line });
	}
	const result = [...pairs.values()].map((p) => p.pair);
	await checkConnected(dataDir, result, provinces);
	return result;
}

async function checkConnected(dataDir: string, pairs: readonly Contiguity[], provinces: Provinces): Promise<void> {
	const neighbours = new Map<number, number[]>([...provinces.keys()].map((code) => [code, []]));
	for (const { a, b } of pairs) {
		neighbours.get(a)?.push(b);
		neighbours.get(b)?.push(a);
	}
	const alone = [...neighbours].find(([, list]) => list.length === 0)?.[0];
	if (alone !== undefined) {
		await failAtProvince(dataDir, alone, `adcode ${alone} has no neighbour in data/contiguity.csv`);
	}
	const components = connectedComponents(neighbours);
	if (components.length > 1) {
		const main = components.reduce((big, c) => (c.length > big.length ? c : big));
		const cut = components.filter((c) => c !== main).flat().sort((x, y) => x - y);
		const names = cut.map((code) => `${provinces.get(code)?.name_en ?? ''} ${code}`).join(', ');
		await failAtProvince(
			dataDir,
			cut[0] ?? 0,
			`${names} cut off from the other provinces: no chain of neighbours in data/contiguity.csv links them`
		);
	}
}

/** The connected components of an undirected graph given as adjacency lists, each in visiting order. */
function connectedComponents(neighbours: ReadonlyMap<number, readonly number[]>): number[][] {
	const seen = new Set<number>();
	const components: number[][] = [];
	for (const start of neighbours.keys()) {
		if (seen.has(start)) continue;
		const component: number[] = [];
		const stack = [start];
		seen.add(start);
		for (let code = stack.pop(); code !== undefined; code = stack.pop()) {
			component.push(code);
			for (const next of neighbours.get(code) ?? []) {
				if (!seen.has(next)) {
					seen.add(next);
					stack.push(next);
				}
			}
		}
		components.push(component);
	}
	return components;
}
