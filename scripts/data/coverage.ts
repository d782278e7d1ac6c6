// What the manifest says about each indicator: where its figures come from and which years have values.
import type { Indicator } from '../../src/lib/data/manifest';
import { DataError } from './errors';
import type { IndicatorMeta } from './indicators';
import type { Observation } from './observations';

/** Indicators in indicators.csv order, each with its distinct sources and its years with ≥1 province value. */
export function describeIndicators(
	indicators: ReadonlyMap<string, IndicatorMeta>,
	observations: readonly Observation[]
): Indicator[] {
	return [...indicators.values()].map(({ at, ...meta }) => {
		const rows = observations.filter((o) => o.indicator === meta.id);
		if (rows.length === 0) throw new DataError(at.file, at.line, `indicator ${meta.id} has no observations`);
		const perYear = new Map<number, Set<number>>();
		for (const o of rows) perYear.set(o.year, (perYear.get(o.year) ?? new Set()).add(o.adcode));
		return {
			...meta,
			source_urls: [...new Set(rows.map((o) => o.source))],
			years: [...perYear]
				.sort(([a], [b]) => a - b)
				.map(([year, adcodes]) => ({ year, provinces: adcodes.size }))
		};
	});
}
