// The values a file imports, by indicator: at most MAX_INDICATORS indicators, one value per province and year
// of each (a later one is a duplicate of the first), with how many were written with %, separators or
// full-width characters.
import { MAX_INDICATORS } from './limits';
import type { CellValue } from './cell-value';

type Accepted = Extract<CellValue, { kind: 'value' }>;

export interface ImportedValue {
	year: number;
	adcode: number;
	value: number;
}

export interface FoundIndicator {
	/** Identifies the indicator within the file: `wide` (all year columns), `column:<i>` or `name:<text>`. */
	key: string;
	/** What the file calls it: the value column's header or the indicator column's text. */
	label: string;
	imported: number;
	/** Imported values written with a %, thousands separators or full-width characters. */
	percent: number;
	grouped: number;
	fullWidth: number;
}

/** Why a valid value is not imported: a full list of indicators, or the row of the value already kept. */
export type NotTaken = { reason: 'too_many_indicators' } | { reason: 'duplicate'; firstRow: number };

export function createIndicatorTally(keepValues: boolean) {
	const indicators = new Map<string, FoundIndicator>();
	const values: Record<string, ImportedValue[]> = {};
	/** By indicator key: the row of the value kept for each province and year (adcode × 10,000 + year). */
	const firstRowOf = new Map<string, Map<number, number>>();
	let imported = 0;

	function indicatorFor(key: string, label: string): FoundIndicator | null {
		let found = indicators.get(key);
		if (!found) {
			if (indicators.size >= MAX_INDICATORS) return null;
			found = { key, label, imported: 0, percent: 0, grouped: 0, fullWidth: 0 };
			indicators.set(key, found);
			firstRowOf.set(key, new Map());
			if (keepValues) values[key] = [];
		}
		return found;
	}

	/** Imports a value of the indicator `key`, or says why not. */
	function take(key: string, label: string, adcode: number, row: number, cell: Accepted): NotTaken | null {
		const indicator = indicatorFor(key, label);
		if (!indicator) return { reason: 'too_many_indicators' };
		const seen = firstRowOf.get(key) as Map<number, number>;
		const place = adcode * 10_000 + cell.year;
		const first = seen.get(place);
		if (first !== undefined) return { reason: 'duplicate', firstRow: first };
		seen.set(place, row);
		imported++;
		indicator.imported++;
		if (cell.number.percent) indicator.percent++;
		if (cell.number.grouped) indicator.grouped++;
		if (cell.number.fullWidth) indicator.fullWidth++;
		if (keepValues) values[key]?.push({ year: cell.year, adcode, value: cell.number.value });
		return null;
	}

	return {
		take,
		imported: () => imported,
		indicators: () => [...indicators.values()],
		values
	};
}
