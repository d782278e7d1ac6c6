// The rows the Moran scatter and the LISA map both download: every province of the grid, each with its
// value, standardised value, spatial lag, local Moran's I, permutation p-value and LISA cluster for the
// view's year and weights; a province without a value has those cells empty. A year without a figure (too
// few provinces, no variation) draws nothing and so downloads no rows.
import type { Indicator, Province } from '$lib/data/manifest';
import type { Measured } from '$lib/metrics/measured';
import type { LocalMoran, MoranYear } from '$lib/metrics/moran-types';
import type { ViewState } from '$lib/state/view';
import type { CsvRow } from '$lib/csv/to-csv';
import { provinceName } from '$lib/i18n/names';

export const LISA_COLUMNS = [
	'indicator',
	'year',
	'weights',
	'adcode',
	'province',
	'region',
	'value',
	'z',
	'lag_z',
	'local_i',
	'p_perm',
	'cluster'
] as const;

/** Each province's local Moran by adcode. */
export const localsByAdcode = (moran: MoranYear): Map<number, LocalMoran> =>
	new Map(moran.locals.map((l) => [l.adcode, l]));

/** One row per province of `places`, in adcode order, region as the view's scheme has it; none without a figure. */
export function lisaRows(
	moran: Measured<MoranYear>,
	view: Pick<ViewState, 'year' | 'weights' | 'scheme' | 'lang'>,
	indicator: Pick<Indicator, 'id'>,
	places: readonly Province[]
): CsvRow[] {
	if (!moran.ok) return [];
	const locals = localsByAdcode(moran.value);
	return [...places]
		.sort((a, b) => a.adcode - b.adcode)
		.map((p) => {
			const local = locals.get(p.adcode);
			return {
				indicator: indicator.id,
				year: view.year,
				weights: view.weights,
				adcode: p.adcode,
				province: provinceName(view.lang, p),
				region: p[view.scheme],
				value: local?.value ?? null,
				z: local?.z ?? null,
				lag_z: local?.lagZ ?? null,
				local_i: local?.localI ?? null,
				p_perm: local?.pPerm ?? null,
				cluster: local?.cluster ?? null
			};
		});
}
