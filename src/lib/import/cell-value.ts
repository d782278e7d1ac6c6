// The checks of one value cell once its row has a province, in the order the report gives reasons: its year,
// its indicator, then the number itself.
import { MIN_YEAR } from './limits';
import { parseNumber, type ParsedNumber } from './parse-number';
import type { RejectReason } from './reject-reasons';

export type CellValue =
	| { kind: 'rejected'; reason: RejectReason }
	| { kind: 'value'; year: number; number: Extract<ParsedNumber, { kind: 'number' }> };

export function cellValue(
	text: string,
	year: number | null,
	maxYear: number,
	indicatorBlank: boolean
): CellValue {
	if (year === null) return { kind: 'rejected', reason: 'bad_year' };
	if (year < MIN_YEAR || year > maxYear) return { kind: 'rejected', reason: 'year_out_of_range' };
	if (indicatorBlank) return { kind: 'rejected', reason: 'no_indicator' };
	const parsed = parseNumber(text);
	if (parsed.kind !== 'number')
		return { kind: 'rejected', reason: parsed.kind === 'blank' ? 'no_value' : 'non_numeric' };
	return { kind: 'value', year, number: parsed };
}
