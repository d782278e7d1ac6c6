// The QueryCoordinator that runs every data page's declared queries: memo by key, the latest view wins,
// one error path, one performance measure per query. Run against a fake engine whose answers the test
// releases one by one.
import { afterEach, describe, expect, it } from 'vitest';
import type { Connector, Row, SqlParam } from '$lib/db/connector';
import { QueryCoordinator } from '$lib/state/query-coordinator.svelte';
import { runQueries, type QueryDeclarations } from '$lib/state/query-declaration';
import { defaultView } from '$lib/state/view';
import { realDataset } from './support/real-data';

interface Asked {
	sql: string;
	params: readonly SqlParam[];
	answer: (rows: Row[]) => void;
	fail: (error: Error) => void;
}

/** An engine that holds every query until the test answers it. */
function heldEngine(): Connector & { asked: Asked[] } {
	const asked: Asked[] = [];
	return {
		asked,
		query: <T extends Row>(sql: string, params: readonly SqlParam[] = []) =>
			new Promise<T[]>((resolve, reject) =>
				asked.push({ sql, params, answer: (rows) => resolve(rows as T[]), fail: reject })
			)
	};
}

/** An engine that answers each query at once with its parameters. */
function echoEngine(): Connector & { asked: string[] } {
	const asked: string[] = [];
	return {
		asked,
		query: async <T extends Row>(sql: string, params: readonly SqlParam[] = []) => {
			asked.push(`${sql} ${params.join(',')}`);
			return [{ sql, params: params.join(',') }] as unknown as T[];
		}
	};
}

interface Params {
	indicator: string;
	year: number;
	picked?: number[];
}
interface Rows {
	series: Row[];
	year: Row[];
}

const QUERIES: QueryDeclarations<Params, Rows> = {
	series: {
		name: 'test-series',
		key: (p) => p.indicator,
		query: (db, p) => db.query('series', [p.indicator])
	},
	year: {
		name: 'test-year',
		key: (p) => `${p.indicator}|${p.year}`,
		query: (db, p) => db.query('year', [p.indicator, p.year])
	}
};

const coordinator = () =>
	new QueryCoordinator<Params, Rows>({
		key: (p) => `${p.indicator}|${p.year}`,
		queries: QUERIES,
		empty: { series: [], year: [] }
	});

const flush = () => new Promise((resolve) => setTimeout(resolve));

afterEach(() => performance.clearMeasures());

describe('QueryCoordinator', () => {
	it('runs each declared query once per key: a view whose keys are known asks the engine nothing more', async () => {
		const engine = echoEngine();
		const data = coordinator();
		await data.load(engine, { indicator: 'a', year: 2020 });
		expect(engine.asked).toEqual(['series a', 'year a,2020']);
		await data.load(engine, { indicator: 'a', year: 2021 });
		expect(engine.asked).toEqual(['series a', 'year a,2020', 'year a,2021']);
		await data.load(engine, { indicator: 'a', year: 2020 });
		expect(engine.asked).toHaveLength(3);
		expect(data.rows.year).toEqual([{ sql: 'year', params: 'a,2020' }]);
		expect(data.shown).toBe('a|2020');
	});

	it('draws a view whose rows are all in before load returns to the event loop, with no engine at all', async () => {
		const data = coordinator();
		await data.load(echoEngine(), { indicator: 'a', year: 2020 });
		const none: Connector = { query: () => Promise.reject(new Error('asked the engine')) };
		void data.load(none, { indicator: 'a', year: 2020 });
		expect(data.show({ indicator: 'a', year: 2020 })).toBe(true);
		await data.load(echoEngine(), { indicator: 'a', year: 2021 });
		void data.load(none, { indicator: 'a', year: 2020 });
		expect(data.shown).toBe('a|2020');
		expect(data.show({ indicator: 'b', year: 2020 })).toBe(false);
	});

	it('never draws the rows of a superseded view, even when they arrive after the newer view’s', async () => {
		const engine = heldEngine();
		const data = coordinator();
		const first = data.load(engine, { indicator: 'a', year: 2020 });
		const second = data.load(engine, { indicator: 'b', year: 2020 });
		expect(engine.asked.map((q) => q.params.join())).toEqual(['a', 'a,2020', 'b', 'b,2020']);
		engine.asked[2]!.answer([{ v: 'b' }]);
		engine.asked[3]!.answer([{ v: 'b2020' }]);
		await second;
		expect(data.shown).toBe('b|2020');
		engine.asked[0]!.answer([{ v: 'a' }]);
		engine.asked[1]!.answer([{ v: 'a2020' }]);
		await first;
		expect(data.shown).toBe('b|2020');
		expect(data.rows).toEqual({ series: [{ v: 'b' }], year: [{ v: 'b2020' }] });
		expect(data.drawn).toEqual({ indicator: 'b', year: 2020 });
	});

	it('keeps the last rows drawn, and reports nothing new as current, until the newer view’s rows are in', async () => {
		const engine = heldEngine();
		const data = coordinator();
		data.seed({ indicator: 'a', year: 2020 }, { series: [{ v: 'a' }], year: [{ v: 'a2020' }] });
		const loading = data.load(engine, { indicator: 'a', year: 2021 });
		expect(engine.asked.map((q) => q.sql)).toEqual(['year']);
		expect(data.current({ indicator: 'a', year: 2021 })).toBe(false);
		expect(data.rows.year).toEqual([{ v: 'a2020' }]);
		engine.asked[0]!.answer([{ v: 'a2021' }]);
		await loading;
		expect(data.current({ indicator: 'a', year: 2021 })).toBe(true);
		expect(data.rows).toEqual({ series: [{ v: 'a' }], year: [{ v: 'a2021' }] });
	});

	it('rejects load with the engine’s error, keeps the rows drawn, and asks the failed query again next time', async () => {
		const engine = heldEngine();
		const data = coordinator();
		data.seed({ indicator: 'a', year: 2020 }, { series: [{ v: 'a' }], year: [{ v: 'a2020' }] });
		const failing = data.load(engine, { indicator: 'a', year: 2021 });
		engine.asked[0]!.fail(new Error('engine down'));
		await expect(failing).rejects.toThrow('engine down');
		expect(data.shown).toBe('a|2020');
		expect(data.rows.year).toEqual([{ v: 'a2020' }]);

		const again = data.load(engine, { indicator: 'a', year: 2021 });
		expect(engine.asked.map((q) => q.sql)).toEqual(['year', 'year']);
		engine.asked[1]!.answer([{ v: 'a2021' }]);
		await again;
		expect(data.shown).toBe('a|2021');
	});

	it('leaves one performance measure query:<name> per query the engine ran, none for a memo hit or seeded rows', async () => {
		const data = coordinator();
		data.seed({ indicator: 'a', year: 2020 }, { series: [], year: [] });
		await data.load(echoEngine(), { indicator: 'a', year: 2021 });
		await data.load(echoEngine(), { indicator: 'b', year: 2021 });
		await data.load(echoEngine(), { indicator: 'a', year: 2020 });
		await flush();
		expect(performance.getEntriesByName('query:test-series')).toHaveLength(1);
		expect(performance.getEntriesByName('query:test-year')).toHaveLength(2);
	});

	it('keeps the four most recently used keys of each query: a fifth pushes out the least recently used', async () => {
		const engine = echoEngine();
		const data = coordinator();
		for (const year of [2001, 2002, 2003, 2004]) await data.load(engine, { indicator: 'a', year });
		await data.load(engine, { indicator: 'a', year: 2001 }); // now the most recent
		await data.load(engine, { indicator: 'a', year: 2005 }); // pushes out 2002
		const before = engine.asked.length;
		await data.load(engine, { indicator: 'a', year: 2001 });
		await data.load(engine, { indicator: 'a', year: 2002 });
		expect(engine.asked.slice(before)).toEqual(['year a,2002']);
	});

	it('takes a query’s rows at hand when its declaration has them, without asking the engine', async () => {
		const engine = echoEngine();
		const data = new QueryCoordinator<Params, Rows>({
			key: (p) => `${p.indicator}|${p.year}|${p.picked}`,
			queries: {
				...QUERIES,
				year: { ...QUERIES.year, atHand: (p) => (p.picked?.length ? undefined : []) }
			},
			empty: { series: [], year: [] }
		});
		await data.load(engine, { indicator: 'a', year: 2020, picked: [] });
		expect(engine.asked).toEqual(['series a']);
		expect(data.rows.year).toEqual([]);
		await data.load(engine, { indicator: 'a', year: 2020, picked: [1] });
		expect(engine.asked).toEqual(['series a', 'year a,2020']);
	});

	it('lays the drawn parameters over the current view, the same object while nothing drawn changes', async () => {
		const base = defaultView((await realDataset()).manifest);
		const data = new QueryCoordinator<Pick<Params, 'indicator' | 'year'>, Rows>({
			key: (p) => `${p.indicator}|${p.year}`,
			queries: QUERIES,
			empty: { series: [], year: [] }
		});
		const asked = { ...base, year: 2015 };
		expect(data.drawnView(asked)).toBe(asked); // nothing drawn yet
		data.seed({ indicator: base.indicator, year: 2023 }, { series: [], year: [] });
		const drawn = data.drawnView(asked);
		expect(drawn).toEqual({ ...base, year: 2023 });
		expect(data.drawnView({ ...base, year: 2016 })).toBe(drawn);
		expect(data.drawnView({ ...base, year: 2016, lang: 'en' })).toEqual({ ...base, year: 2023, lang: 'en' });
	});
});

describe('runQueries', () => {
	it('gives each declared query’s rows under its name, running each once, without memo', async () => {
		const engine = echoEngine();
		expect(await runQueries(engine, QUERIES, { indicator: 'a', year: 2020 })).toEqual({
			series: [{ sql: 'series', params: 'a' }],
			year: [{ sql: 'year', params: 'a,2020' }]
		});
		await runQueries(engine, QUERIES, { indicator: 'a', year: 2020 });
		expect(engine.asked).toHaveLength(4);
	});
});
