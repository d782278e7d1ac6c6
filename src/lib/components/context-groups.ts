// The context panel's figures, grouped by measure and written in the reader's language: units localised
// (14,219 万户 / 142.19M subscribers; 9 亿人 / 900M people), every published digit kept.
import type { ContextFigure } from '$lib/data/manifest';
import type { Lang } from '$lib/i18n/lang';
import { formatMagnitude, magnitudeOf, type Magnitude } from '$lib/i18n/magnitude';

export interface ContextGroup {
	id: string;
	label_zh: string;
	label_en: string;
	/** The publisher's dataset (one per measure, from data/context/labels.csv). */
	dataset: string;
	figures: ContextFigure[];
}

/** Figures of the same measure (e.g. one per region) side by side, in the order they first appear. */
export function groupContext(figures: readonly ContextFigure[]): ContextGroup[] {
	const groups = new Map<string, ContextGroup>();
	for (const f of figures) {
		const group = groups.get(f.id) ?? {
			id: f.id,
			label_zh: f.label_zh,
			label_en: f.label_en,
			dataset: f.dataset,
			figures: []
		};
		group.figures.push(f);
		groups.set(f.id, group);
	}
	return [...groups.values()];
}

/**
 * The magnitude a group's counts are written in: in Chinese the published one where the unit was 万 or 亿
 * (14219 × 万户 stays 14,219 万户), else the largest count's; in English the largest count's (K, M, B).
 */
export function groupMagnitude(lang: Lang, figures: readonly ContextFigure[]): Magnitude {
	const multiplier = figures[0]?.multiplier ?? 1;
	if (lang === 'zh' && (multiplier === 1e4 || multiplier === 1e8)) return magnitudeOf('zh', multiplier);
	return magnitudeOf(lang, Math.max(0, ...figures.map((f) => Math.abs(f.value * f.multiplier))));
}

/** A figure as the reader's language writes it: "14,219 万户", "142.19M subscribers", "超过 9 亿人", "58.59%". */
export function contextValue(
	lang: Lang,
	figure: ContextFigure,
	magnitude: Magnitude = groupMagnitude(lang, [figure])
): string {
	const count = figure.value * figure.multiplier;
	const n = formatMagnitude(lang, count, magnitude, decimalsOf(count / magnitude.divisor));
	return (lang === 'zh' ? figure.value_zh : figure.value_en).replace('{n}', n);
}

/** A data year or span: "2021 年", "2018—2021 年" in Chinese; "2021", "2018–2021" in English. */
export function contextYear(lang: Lang, year: string): string {
	return lang === 'zh' ? `${year.replace('-', '—')} 年` : year.replace('-', '–');
}

/** The fewest decimals (up to 6) that write x without rounding it: every published digit is kept. */
function decimalsOf(x: number): number {
	for (let d = 0; d < 6; d++) {
		const scale = 10 ** d;
		if (Math.abs(Math.round(x * scale) / scale - x) <= 1e-9 * Math.max(1, Math.abs(x))) return d;
	}
	return 6;
}
