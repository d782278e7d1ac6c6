// The approval number (审图号) of a user's base map, as it is shown on the map: text only.

/** At most this many characters are kept ("GS(2019)1822号" has 14; some add an issuing office). */
export const MAX_APPROVAL_LENGTH = 60;

/**
 * The approval number as typed, tidied: control characters removed, runs of spaces made one, trimmed,
 * a leading "审图号：" dropped (the map writes that label itself), cut to MAX_APPROVAL_LENGTH.
 * '' means none was given, and then nothing is drawn.
 */
export function approvalNumber(input: string): string {
	return (
		input
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
			.replace(/\s+/g, ' ')
			.trim()
			.replace(/^审图号\s*[:：]?\s*/, '')
			.slice(0, MAX_APPROVAL_LENGTH)
			.trim()
	);
}
