// The rows behind the province profiles of the overview: for each selected province (the first few),
// its value and rank on every indicator in the view's year, and its series of the view's indicator.
// Region means come from ViewData's region statistics, which cover every year already.
import type { Connector } from '$lib/db/connector';
import {
	queryProfileSeries,
	queryProfileValues,
	type ProfilePoint,
	type ProfileValue
} from '$lib/queries/province-profile';
import { selectedProvinces } from './selection';
import type { Selection, ViewState } from './view';

/** At most this many profiles are shown; the rest of the selection is only highlighted. */
export const MAX_PROFILES = 4;

/** The provinces that get a profile: those selected by adcode, in selection order, up to MAX_PROFILES. */
export const profiledProvinces = (select: readonly Selection[]): number[] =>
	selectedProvinces(select).slice(0, MAX_PROFILES);

/** Identifies the data the profiles need. */
export const profileKey = (v: Pick<ViewState, 'indicator' | 'year' | 'select'>): string =>
	`${v.indicator}|${v.year}|${profiledProvinces(v.select).join(',')}`;

export class ProfileData {
	values = $state.raw<ProfileValue[]>([]);
	series = $state.raw<ProfilePoint[]>([]);
	/** The profileKey of the rows above; '' until the first load. */
	shown = $state('');

	#latest = '';
	#valuesKey = '';
	#seriesKey = '';

	async load(db: Connector, view: ViewState): Promise<void> {
		const key = profileKey(view);
		this.#latest = key;
		const adcodes = profiledProvinces(view.select);
		if (!adcodes.length) {
			// No province selected: nothing to ask the engine (a change of year then runs no query).
			this.values = [];
			this.series = [];
			this.#valuesKey = '';
			this.#seriesKey = '';
			this.shown = key;
			return;
		}
		const valuesKey = `${view.year}|${adcodes.join(',')}`;
		const seriesKey = `${view.indicator}|${adcodes.join(',')}`;
		const [values, series] = await Promise.all([
			valuesKey === this.#valuesKey ? this.values : queryProfileValues(db, { adcodes, year: view.year }),
			seriesKey === this.#seriesKey
				? this.series
				: queryProfileSeries(db, { adcodes, indicator: view.indicator })
		]);
		if (this.#latest !== key) return; // a newer view was asked for while this one loaded
		this.#valuesKey = valuesKey;
		this.#seriesKey = seriesKey;
		this.values = values;
		this.series = series;
		this.shown = key;
	}
}
