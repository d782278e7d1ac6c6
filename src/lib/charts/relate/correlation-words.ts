// The relate charts' figures in words: the statement under the scatter and the fit's equation.
import type { Lang } from '$lib/i18n/lang';
import { separator, t } from '$lib/i18n/translate';
import type { Correlation } from '$lib/metrics/correlation';
import { signed } from '../analysis/spread-format';
import { formatSignificant } from '../analysis/format-significant';

/** |r| from which a correlation is called strong, moderate or weak (below the last: little or none). */
const STRENGTHS = [
	[0.7, 'strong'],
	[0.4, 'moderate'],
	[0.2, 'weak']
] as const;

/** How strong r is, in the words of relate_relation_*. */
export function strengthOf(r: number): 'strong' | 'moderate' | 'weak' | 'none' {
	return STRENGTHS.find(([min]) => Math.abs(r) >= min)?.[1] ?? 'none';
}

/** "p < 0.001" under a thousandth, else "p = 0.023" (two significant figures). */
export function pValueText(lang: Lang, p: number): string {
	return p < 0.001 ? 'p < 0.001' : `p = ${formatSignificant(lang, p, 2)}`;
}

/** r or ρ as the charts write it: three decimals, a true minus sign. */
export const coefficient = (lang: Lang, r: number): string => signed(lang, r, 3);

/** The direction and strength of r in words ("呈较强的正相关", "show a strong positive correlation"). */
function relation(lang: Lang, r: number): string {
	const direction = t(lang, r < 0 ? 'relate_direction_negative' : 'relate_direction_positive');
	return t(lang, `relate_relation_${strengthOf(r)}`, { direction });
}

/** The scatter's title: "2019 年两者呈较强的正相关（r = 0.823，n = 31）". */
export function correlationFinding(lang: Lang, c: Correlation, year: number): string {
	return t(lang, 'relate_finding', {
		year,
		relation: relation(lang, c.pearson_r),
		r: coefficient(lang, c.pearson_r),
		n: c.n
	});
}

/** The sentence under the scatter: coverage, strength and direction, r, ρ, the p-value and its degrees of freedom. */
export function correlationStatement(
	lang: Lang,
	c: Correlation,
	context: { year: number; total: number; log: boolean }
): string {
	return t(lang, 'relate_statement', {
		year: context.year,
		n: c.n,
		total: context.total,
		relation: relation(lang, c.pearson_r),
		r: coefficient(lang, c.pearson_r),
		rho: coefficient(lang, c.spearman_rho),
		p: pValueText(lang, c.p_value),
		df: c.n - 2,
		log: context.log ? separator(lang, 'clauses') + t(lang, 'relate_logNote') : ''
	});
}

/** "y = 12.3 + 0.456 · x" (on log₁₀ of both when `log`), four significant figures. */
export function fitEquation(lang: Lang, c: Correlation, log: boolean): string {
	const figure = (v: number) => formatSignificant(lang, v, 4).replace(/^-/, '−');
	return t(lang, log ? 'relate_fitLineLog' : 'relate_fitLine', {
		intercept: figure(c.intercept),
		slope: figure(c.slope)
	}).replace('+ −', '− ');
}
