// Why a cell was not imported, in words.
import type { Lang } from '$lib/i18n/lang';
import type { MessageKey } from '$lib/i18n/messages';
import { t } from '$lib/i18n/translate';
import type { RejectReason, RejectedCell } from '$lib/import/validate-rows';
import { MIN_YEAR } from '$lib/import/limits';

export const reasonText = (lang: Lang, reason: RejectReason): string =>
	t(lang, `import_reason_${reason}` as MessageKey, { min: MIN_YEAR, max: new Date().getFullYear() });

/** The reason of one rejected cell, with the row kept for a duplicate. */
export function describeRejected(lang: Lang, cell: RejectedCell): string {
	const reason = reasonText(lang, cell.reason);
	return cell.firstRow === undefined ? reason : t(lang, 'import_duplicateOf', { reason, row: cell.firstRow });
}
