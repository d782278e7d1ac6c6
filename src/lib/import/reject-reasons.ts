// Why an imported cell is not taken: the reasons the check before an import names, in the report's order.
export const REJECT_REASONS = [
	'no_value',
	'no_province',
	'unknown_province',
	'not_province',
	'bad_year',
	'year_out_of_range',
	'no_indicator',
	'too_many_indicators',
	'non_numeric',
	'duplicate'
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];
