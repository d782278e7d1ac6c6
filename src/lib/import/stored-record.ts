// A record read back from IndexedDB is data from outside this page load (another version of the site, an
// extension, a damaged profile): every field is checked and copied into a new object before any page uses
// it. A record that fails is set aside with the name of the first field that failed.
import type { Indicator, YearCoverage } from '$lib/data/manifest';
import { IMPORTED_DATASET, IMPORTED_ID, MIN_YEAR } from './limits';
import { STORED_VERSION, type ImportReport, type StoredImport } from './indicator';
import { REJECT_REASONS, type ImportedValue, type RejectedCell, type RejectReason } from './validate-rows';

/** Longest text kept in a record: names are cut to 200 when imported, a file name is at most 255. */
export const MAX_STORED_TEXT = 1000;
const FORMATS = ['csv', 'tsv', 'workbook', 'json'] as const;

export type StoredCheck = { record: StoredImport } | { problem: string };

/** Thrown inside the check with the failing field's path. */
class Bad extends Error {}

const fail = (path: string): never => {
	throw new Bad(path);
};
const object = (x: unknown, path: string): Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Record<string, unknown>) : fail(path);
const array = (x: unknown, path: string): unknown[] => (Array.isArray(x) ? x : fail(path));
const text = (x: unknown, path: string): string =>
	typeof x === 'string' && x.length <= MAX_STORED_TEXT ? x : fail(path);
const textOrNull = (x: unknown, path: string): string | null => (x === null ? null : text(x, path));
const count = (x: unknown, path: string): number =>
	Number.isSafeInteger(x) && (x as number) >= 0 ? (x as number) : fail(path);

/**
 * The record as a page may use it, or the first field that is missing or wrong: the version, an imported
 * id, every text (at most MAX_STORED_TEXT long), years ascending within MIN_YEAR–`maxYear` and matching the
 * values, values of the given provinces only (one per province and year, finite), and the report's counts.
 */
export function checkStoredImport(x: unknown, adcodes: readonly number[], maxYear: number): StoredCheck {
	try {
		return { record: storedImport(x, new Set(adcodes), maxYear) };
	} catch (error) {
		if (error instanceof Bad) return { problem: error.message };
		return { problem: String(error) };
	}
}

function storedImport(x: unknown, adcodes: ReadonlySet<number>, maxYear: number): StoredImport {
	const r = object(x, 'record');
	if (r.version !== STORED_VERSION) fail('version');
	const values = importedValues(r.values, adcodes, maxYear);
	return {
		version: STORED_VERSION,
		indicator: indicator(r.indicator, values, adcodes.size),
		fileName: text(r.fileName, 'fileName'),
		importedAt: Number.isNaN(Date.parse(text(r.importedAt, 'importedAt')))
			? fail('importedAt')
			: (r.importedAt as string),
		values,
		report: report(r.report)
	};
}

function importedValues(x: unknown, adcodes: ReadonlySet<number>, maxYear: number): ImportedValue[] {
	const seen = new Set<number>();
	return array(x, 'values').map((item, i): ImportedValue => {
		const v = object(item, `values[${i}]`);
		const { year, adcode, value } = v;
		if (!Number.isInteger(year) || (year as number) < MIN_YEAR || (year as number) > maxYear)
			fail(`values[${i}].year`);
		if (!adcodes.has(adcode as number)) fail(`values[${i}].adcode`);
		if (typeof value !== 'number' || !Number.isFinite(value)) fail(`values[${i}].value`);
		const key = (adcode as number) * 10_000 + (year as number);
		if (seen.has(key)) fail(`values[${i}]`);
		seen.add(key);
		return { year: year as number, adcode: adcode as number, value: value as number };
	});
}

function indicator(x: unknown, values: readonly ImportedValue[], provinces: number): Indicator {
	const i = object(x, 'indicator');
	const id = text(i.id, 'indicator.id');
	if (!IMPORTED_ID.test(id)) fail('indicator.id');
	if (i.dataset !== IMPORTED_DATASET) fail('indicator.dataset');
	if (typeof i.higher_is_better !== 'boolean') fail('indicator.higher_is_better');
	// Records stored before imports were asked whether they count a total have no `total`: not one.
	if (i.total !== undefined && typeof i.total !== 'boolean') fail('indicator.total');
	const years = yearCoverage(i.years, provinces);
	// The coverage shown with every chart must be the values' own.
	const counted = new Map<number, number>();
	for (const v of values) counted.set(v.year, (counted.get(v.year) ?? 0) + 1);
	if (counted.size !== years.length || years.some((y) => counted.get(y.year) !== y.provinces)) {
		fail('indicator.years');
	}
	const notes =
		i.note_zh === undefined && i.note_en === undefined
			? {}
			: { note_zh: text(i.note_zh, 'indicator.note_zh'), note_en: text(i.note_en, 'indicator.note_en') };
	return {
		id,
		dataset: IMPORTED_DATASET,
		name_zh: text(i.name_zh, 'indicator.name_zh'),
		name_en: text(i.name_en, 'indicator.name_en'),
		unit_zh: text(i.unit_zh, 'indicator.unit_zh'),
		unit_en: text(i.unit_en, 'indicator.unit_en'),
		higher_is_better: i.higher_is_better as boolean,
		total: i.total === true,
		source_zh: text(i.source_zh, 'indicator.source_zh'),
		source_en: text(i.source_en, 'indicator.source_en'),
		source_urls: array(i.source_urls, 'indicator.source_urls').map((u, n) =>
			text(u, `indicator.source_urls[${n}]`)
		),
		years,
		...notes
	};
}

function yearCoverage(x: unknown, provinces: number): YearCoverage[] {
	const years = array(x, 'indicator.years');
	if (years.length === 0) fail('indicator.years');
	let previous = -Infinity;
	return years.map((item, n) => {
		const y = object(item, `indicator.years[${n}]`);
		if (!Number.isInteger(y.year) || (y.year as number) <= previous) fail(`indicator.years[${n}].year`);
		const covered = count(y.provinces, `indicator.years[${n}].provinces`);
		if (covered === 0 || covered > provinces) fail(`indicator.years[${n}].provinces`);
		previous = y.year as number;
		return { year: y.year as number, provinces: covered };
	});
}

function report(x: unknown): ImportReport {
	const r = object(x, 'report');
	const format = FORMATS.find((f) => f === r.format) ?? fail('report.format');
	const counts = object(r.counts, 'report.counts');
	const rejected = object(r.rejected, 'report.rejected');
	return {
		format,
		encoding: textOrNull(r.encoding, 'report.encoding'),
		sheet: textOrNull(r.sheet, 'report.sheet'),
		counts: {
			rows: count(counts.rows, 'report.counts.rows'),
			titleRows: count(counts.titleRows, 'report.counts.titleRows'),
			headerRows: count(counts.headerRows, 'report.counts.headerRows'),
			emptyRows: count(counts.emptyRows, 'report.counts.emptyRows'),
			dataRows: count(counts.dataRows, 'report.counts.dataRows')
		},
		cells: count(r.cells, 'report.cells'),
		imported: count(r.imported, 'report.imported'),
		rejected: Object.fromEntries(
			REJECT_REASONS.map((k) => [k, count(rejected[k], `report.rejected.${k}`)])
		) as Record<RejectReason, number>
	};
}

const CELL_TEXTS = ['column', 'province', 'year', 'indicator', 'value'] as const;

/** The rejected cells stored with an import, keeping only well-formed ones (they are only written to a CSV). */
export function storedRejectedCells(x: unknown): RejectedCell[] {
	if (!Array.isArray(x)) return [];
	return x.flatMap((item): RejectedCell[] => {
		if (typeof item !== 'object' || item === null) return [];
		const c = item as Record<string, unknown>;
		const reason = REJECT_REASONS.find((r) => r === c.reason);
		if (!reason || !Number.isSafeInteger(c.row) || !CELL_TEXTS.every((k) => typeof c[k] === 'string'))
			return [];
		const cell = { row: c.row, reason } as RejectedCell;
		for (const k of CELL_TEXTS) cell[k] = c[k] as string;
		if (Number.isSafeInteger(c.firstRow)) cell.firstRow = c.firstRow as number;
		return [cell];
	});
}
