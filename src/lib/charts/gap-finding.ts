// The East–West gap stated in words, from the figures: the overview's headline and the gap chart's title.
import type { RegionId } from '$lib/data/manifest';
import type { Lang } from '$lib/i18n/lang';
import { regionGap, type GapPoint } from '$lib/metrics/gap';
import { gapMovement, type GapMovement } from '$lib/metrics/gap-movement';
import { formatMagnitude, magnitudeOf, type Magnitude } from '$lib/i18n/magnitude';
import { regionName } from '$lib/i18n/names';
import { formatNumber, separator, t } from '$lib/i18n/translate';

interface RegionMean {
	year: number;
	region: RegionId;
	mean: number | null;
}

// Differences and means to one decimal, ratios to two: the precision the headline prints, and the one
// at which a movement is judged (a gap printed 1.15 both times has not moved).
const VALUE_DIGITS = 1;
const RATIO_DIGITS = 2;

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** A figure to one decimal, in the magnitude given (万/亿, K/M/B for large values). */
function figure(lang: Lang, value: number, magnitude: Magnitude): string {
	return formatMagnitude(lang, value, magnitude, VALUE_DIGITS);
}

/** The difference as printed (rounded in its magnitude), so movements are judged on what is read. */
const printed = (value: number, magnitude: Magnitude) =>
	round(value / magnitude.divisor, VALUE_DIGITS) * magnitude.divisor;

function meanOf(stats: readonly RegionMean[], year: number, region: RegionId): number | null {
	const mean = stats.find((s) => s.year === year && s.region === region)?.mean;
	return mean != null && Number.isFinite(mean) ? mean : null;
}

/** How the difference and the ratio moved from one gap to another, judged at printed precision. */
function movements(from: GapPoint, to: GapPoint, magnitude: Magnitude) {
	return {
		abs: gapMovement(printed(from.difference, magnitude), printed(to.difference, magnitude), 0),
		rel: gapMovement(round(from.ratio, RATIO_DIGITS), round(to.ratio, RATIO_DIGITS), 1)
	};
}

const leader = (lang: Lang, difference: number) => regionName(lang, difference >= 0 ? 'east' : 'west');

/** "东西部差距绝对值由 2011 年的 32.9 扩大到 57.1，相对差距由 2.18 倍缩小到 1.15 倍。" */
function sinceSentence(lang: Lang, from: GapPoint, to: GapPoint, magnitude: Magnitude): string {
	const { abs, rel } = movements(from, to, magnitude);
	const absText = t(lang, `gap_abs_${abs}`, {
		first: from.year,
		from: figure(lang, abs === 'reversed' ? Math.abs(from.difference) : from.difference, magnitude),
		to: figure(lang, abs === 'reversed' ? Math.abs(to.difference) : to.difference, magnitude),
		fromLeader: leader(lang, from.difference),
		toLeader: leader(lang, to.difference)
	});
	const relText = t(lang, `gap_rel_${rel}`, {
		from: formatNumber(lang, from.ratio, RATIO_DIGITS),
		to: formatNumber(lang, to.ratio, RATIO_DIGITS)
	});
	const sentence = absText + t(lang, 'gap_join') + relText + t(lang, 'gap_end');
	// The case that reads as a contradiction: both grew, the West faster in percent, the East by more.
	const bothGrew =
		abs === 'widened' && rel === 'narrowed' && to.difference > 0 && to.ratio > 1 && from.ratio > 1;
	return bothGrew ? `${sentence}${lang === 'en' ? ' ' : ''}${t(lang, 'gap_bothGrew')}` : sentence;
}

/**
 * The overview's headline for the year: the East's and the West's means, their difference and ratio,
 * and how the difference and the ratio moved since the first year in which both have a mean.
 * A year in which either has no mean says so instead.
 */
export function gapHeadline(lang: Lang, stats: readonly RegionMean[], year: number): string {
	const east = meanOf(stats, year, 'east');
	const west = meanOf(stats, year, 'west');
	if (east === null || west === null) {
		const missing = (['east', 'west'] as const).filter((r) => meanOf(stats, year, r) === null);
		return t(lang, 'headline_noGap', {
			year,
			missing: missing.map((r) => regionName(lang, r)).join(separator(lang, 'names'))
		});
	}
	const gap = regionGap(stats);
	const current = gap.find((g) => g.year === year) as GapPoint;
	const magnitude = magnitudeOf(lang, Math.max(Math.abs(east), Math.abs(west)));
	const yearSentence = t(lang, 'headline_year', {
		year,
		east: figure(lang, east, magnitude),
		west: figure(lang, west, magnitude),
		direction: t(lang, current.difference >= 0 ? 'headline_above' : 'headline_below'),
		difference: figure(lang, Math.abs(current.difference), magnitude),
		ratio: formatNumber(lang, current.ratio, RATIO_DIGITS)
	});
	const first = gap[0] as GapPoint;
	if (first.year >= year) return yearSentence;
	return `${yearSentence}${lang === 'en' ? ' ' : ''}${sinceSentence(lang, first, current, magnitude)}`;
}

/**
 * The gap chart's title: how the difference and the ratio moved from the first to the last year with
 * both means; for a single year, that year's gap. Null without any year to compare.
 */
export function gapTrendTitle(lang: Lang, gap: readonly GapPoint[]): string | null {
	const first = gap[0];
	const last = gap.at(-1);
	if (!first || !last) return null;
	const largest = Math.max(...gap.map((g) => Math.abs(g.difference)));
	const magnitude = magnitudeOf(lang, largest);
	if (first === last) {
		return t(lang, 'title_gapTrend_one', {
			year: first.year,
			direction: t(lang, first.difference >= 0 ? 'headline_above' : 'headline_below'),
			difference: figure(lang, Math.abs(first.difference), magnitude),
			ratio: formatNumber(lang, first.ratio, RATIO_DIGITS)
		});
	}
	const moved = movements(first, last, magnitude);
	const verb = (m: GapMovement) => t(lang, `move_${m}`);
	return t(lang, 'title_gapTrend', {
		first: first.year,
		last: last.year,
		abs: verb(moved.abs),
		rel: verb(moved.rel)
	});
}
