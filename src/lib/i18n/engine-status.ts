// The engine's state in words: its download while it loads, and the cause when it fails.
import type { DownloadProgress } from '$lib/db/download';
import type { EngineFailure } from '$lib/db/engine-failure';
import type { TableProblem } from '$lib/data/table-check';
import type { Lang } from '$lib/i18n/lang';
import { formatUpTo, numberFormat, separator, t } from './translate';

/** Bytes as decimal megabytes with one decimal, in the language's number format: "12.3 MB". */
export function megabytes(lang: Lang, bytes: number): string {
	const format = numberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
	return `${format.format(bytes / 1e6)} MB`;
}

/** "Loading the data engine…", with the bytes downloaded (and the total, when known) once progress is shown. */
export function engineLoadingText(lang: Lang, progress: DownloadProgress | null): string {
	if (!progress) return t(lang, 'dbLoading');
	const loaded = megabytes(lang, progress.loaded);
	if (progress.total === null) return t(lang, 'engine_downloaded', { loaded });
	return t(lang, 'engine_downloadedOf', { loaded, total: megabytes(lang, progress.total) });
}

/** What the alert says: that the charts cannot be computed, the cause, and what to do about it. */
export function engineFailureText(lang: Lang, failure: EngineFailure): string {
	if (failure.kind === 'query') return t(lang, 'dbError', { message: failure.detail });
	return [t(lang, 'engine_failed'), causeText(lang, failure)].join(separator(lang, 'sentences'));
}

function causeText(lang: Lang, failure: Exclude<EngineFailure, { kind: 'query' }>): string {
	switch (failure.kind) {
		case 'browser':
			return t(lang, 'engine_browser');
		case 'download':
			return failure.status === null
				? t(lang, 'engine_network', { file: failure.file })
				: t(lang, 'engine_httpStatus', { file: failure.file, status: failure.status });
		case 'stalled':
			return t(lang, 'engine_stalled', { file: failure.file, seconds: failure.seconds });
		case 'not-wasm':
			return t(lang, 'engine_notWasm', { file: failure.file, problem: t(lang, `wasm_${failure.problem}`) });
		case 'worker-failed': {
			const text = t(lang, 'engine_workerFailed', { file: failure.file });
			if (!failure.detail) return text;
			return [text, t(lang, 'engine_detail', { detail: failure.detail })].join(separator(lang, 'sentences'));
		}
		case 'worker-silent':
			return t(lang, 'engine_workerSilent', { seconds: failure.seconds });
		case 'not-table':
			return t(lang, 'engine_notTable', {
				file: failure.file,
				problem: tableProblemText(lang, failure.problem)
			});
	}
}

function tableProblemText(lang: Lang, problem: TableProblem): string {
	switch (problem.kind) {
		case 'unreadable':
			return t(lang, 'table_unreadable', { detail: problem.detail });
		case 'columns': {
			const list = (columns: readonly string[]) =>
				columns.length ? columns.join(separator(lang, 'items')) : t(lang, 'table_noColumns');
			return t(lang, 'table_columns', { expected: list(problem.expected), found: list(problem.found) });
		}
		case 'rows':
			return t(lang, 'table_rows', {
				expected: formatUpTo(lang, problem.expected, 0),
				found: formatUpTo(lang, problem.found, 0)
			});
	}
}
