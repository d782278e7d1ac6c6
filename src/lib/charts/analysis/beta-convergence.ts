import type { RegionScheme } from '$lib/data/manifest';
import type { ProvinceValue } from '$lib/queries/province-values';
import { betaConvergence, type BetaFit, type ConvergencePoint } from '$lib/metrics/beta-convergence';
import type { MeasureFailureReason } from '$lib/metrics/measured';
import type { CsvRow } from '$lib/csv/to-csv';
import type { Lang } from '$lib/i18n/lang';
import { provinceName } from '$lib/i18n/names';
import { formatNumber, t } from '$lib/i18n/translate';
import { reasonText, signed } from './spread-format';

/** A province of the scatter, with its names and region for labels and colours. */
export type BetaPoint = ConvergencePoint & Pick<ProvinceValue, 'name_zh' | 'name_en' | 'region'>;

/** What the β-convergence chart shows for a span: the fit and its points, or why there is none. */
export type BetaOutcome =
	| { kind: 'fit'; fit: BetaFit; points: BetaPoint[] }
	| { kind: 'failed'; reason: MeasureFailureReason; provinces: number }
	/** The start year is not before the end year. */
	| { kind: 'no_span' };

export function betaOutcome(
	start: readonly ProvinceValue[],
	end: readonly ProvinceValue[],
	span: { from: number; to: number }
): BetaOutcome {
	if (!(span.from < span.to)) return { kind: 'no_span' };
	const m = betaConvergence(start, end, span);
	if (!m.ok) return { kind: 'failed', reason: m.reason, provinces: m.provinces };
	const { points, ...fit } = m.value;
	const byAdcode = new Map(start.map((p) => [p.adcode, p]));
	return {
		kind: 'fit',
		fit,
		points: points.flatMap((p) => {
			const province = byAdcode.get(p.adcode);
			return province
				? [{ ...p, name_zh: province.name_zh, name_en: province.name_en, region: province.region }]
				: [];
		})
	};
}

export const BETA_CONVERGENCE_COLUMNS = [
	'indicator',
	'scheme',
	'from',
	'to',
	'adcode',
	'province',
	'region',
	'initial',
	'log_initial',
	'growth',
	'beta',
	'intercept',
	'r2',
	'speed',
	'provinces',
	'note'
] as const;

/** "β = −0.0696, λ = 15.0%/yr, R² = 0.99, n = 31": the fit as the chart's annotation gives it. */
export function betaStats(fit: BetaFit, lang: Lang): string {
	const figures = { beta: signed(lang, fit.beta, 4), r2: formatNumber(lang, fit.r2, 2), n: fit.provinces };
	return fit.speed === null
		? t(lang, 'beta_statsNoSpeed', figures)
		: t(lang, 'beta_stats', { ...figures, speed: signed(lang, fit.speed * 100, 1) });
}

/** The message shown, and written to the CSV, when there is no fit. */
export function betaMessage(outcome: BetaOutcome, lang: Lang, span: { from: number; to: number }): string {
	if (outcome.kind === 'no_span') return t(lang, 'beta_chooseEarlierStart', span);
	if (outcome.kind === 'failed')
		return t(lang, 'beta_notDefined', {
			...span,
			reason: reasonText(lang, outcome.reason, outcome.provinces)
		});
	return '';
}

/**
 * The rows the β-convergence chart draws: one per province of the scatter, each with the fit (β, intercept,
 * R², speed λ per year, n) repeated, so any row reproduces the line. Without a fit, one row that says why.
 */
export function betaConvergenceRows(
	outcome: BetaOutcome,
	context: { indicator: string; scheme: RegionScheme; from: number; to: number; lang: Lang }
): CsvRow[] {
	const { lang } = context;
	const base = { indicator: context.indicator, scheme: context.scheme, from: context.from, to: context.to };
	if (outcome.kind === 'no_span') return [{ ...base, note: betaMessage(outcome, lang, context) }];
	if (outcome.kind === 'failed')
		return [{ ...base, provinces: outcome.provinces, note: betaMessage(outcome, lang, context) }];
	const { fit } = outcome;
	const note = fit.speed === null ? t(lang, 'beta_noSpeed') : '';
	return outcome.points.map((p) => ({
		...base,
		adcode: p.adcode,
		province: provinceName(lang, p),
		region: p.region,
		initial: p.initial,
		log_initial: p.log_initial,
		growth: p.growth,
		beta: fit.beta,
		intercept: fit.intercept,
		r2: fit.r2,
		speed: fit.speed,
		provinces: fit.provinces,
		note
	}));
}
