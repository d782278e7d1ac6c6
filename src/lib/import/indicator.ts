// An imported indicator as the dashboard sees every indicator (an `Indicator`), with its values and the
// report of its import: what is kept in IndexedDB and read back, checked (stored-record.ts), on every page.
import type { Indicator } from '$lib/data/manifest';
import { IMPORTED_DATASET, IMPORTED_ID } from './limits';
import type { FileFormat } from './open-file';
import { indicatorId } from './naming';
import type { ImportedValue, RowCounts, RejectReason, Validation } from './validate-rows';

export interface IndicatorFields {
	name_zh: string;
	name_en: string;
	unit: string;
	higher_is_better: boolean;
	/** Whether a value counts a total (a count, a length, an amount), so that it may be shown per capita. */
	total: boolean;
}

/** The file-level accounting, kept with each indicator imported from the file. */
export interface ImportReport {
	format: FileFormat;
	encoding: string | null;
	sheet: string | null;
	counts: RowCounts;
	cells: number;
	imported: number;
	rejected: Record<RejectReason, number>;
}

export interface StoredImport {
	version: 1;
	indicator: Indicator;
	fileName: string;
	importedAt: string;
	values: ImportedValue[];
	report: ImportReport;
}

export const STORED_VERSION = 1;
const MAX_NAME = 200;

const clean = (text: string, fallback: string) => text.trim().slice(0, MAX_NAME) || fallback;

/** The Indicator for imported values: dataset `imported`, the file named as its source, years computed. */
export function buildIndicator(
	id: string,
	fields: IndicatorFields,
	fileName: string,
	values: readonly ImportedValue[]
): Indicator {
	if (!IMPORTED_ID.test(id)) throw new Error(`not an imported indicator id: ${id}`);
	const provincesByYear = new Map<number, Set<number>>();
	for (const v of values) {
		let set = provincesByYear.get(v.year);
		if (!set) provincesByYear.set(v.year, (set = new Set()));
		set.add(v.adcode);
	}
	const name_zh = clean(fields.name_zh, fileName);
	return {
		id,
		dataset: IMPORTED_DATASET,
		name_zh,
		name_en: clean(fields.name_en, name_zh),
		unit_zh: fields.unit.trim().slice(0, 40),
		unit_en: fields.unit.trim().slice(0, 40),
		higher_is_better: fields.higher_is_better,
		total: fields.total,
		source_zh: `导入：${fileName}`,
		source_en: `Imported: ${fileName}`,
		source_urls: [],
		years: [...provincesByYear]
			.sort((a, b) => a[0] - b[0])
			.map(([year, set]) => ({ year, provinces: set.size })),
		note_zh: '由您导入，只保存在此浏览器中，本站未核对',
		note_en: 'Imported by you, kept only in this browser and not checked by this site'
	};
}

/**
 * One record per indicator of a full validation: ids unique against `taken` (the indicators already known),
 * names and units from `fields` (by indicator key), the file-level report with each (the rejected cells
 * are kept apart: see store.ts).
 */
export function importRecords(input: {
	validation: Validation;
	fields: Readonly<Record<string, IndicatorFields>>;
	fileName: string;
	file: Pick<ImportReport, 'format' | 'encoding' | 'sheet'>;
	taken: Iterable<string>;
	importedAt?: string;
}): StoredImport[] {
	const { validation, fileName, importedAt = new Date().toISOString() } = input;
	const taken = new Set(input.taken);
	const report: ImportReport = {
		...input.file,
		counts: validation.counts,
		cells: validation.cells,
		imported: validation.imported,
		rejected: validation.rejected
	};
	return validation.indicators.map((found): StoredImport => {
		const fields = input.fields[found.key] ?? {
			name_zh: found.label,
			name_en: found.label,
			unit: '',
			higher_is_better: true,
			total: false
		};
		const id = indicatorId({ ...fields, fileName }, taken);
		taken.add(id);
		const values = validation.values[found.key] ?? [];
		return {
			version: STORED_VERSION,
			indicator: buildIndicator(id, fields, fileName, values),
			fileName,
			importedAt,
			values,
			report
		};
	});
}
