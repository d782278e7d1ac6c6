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
import { QueryCoordinator } from './query-coordinator.svelte';
import { selectedProvinces } from './selection';
import type { Selection, ViewState } from './view';

/** At most this many profiles are shown; the rest of the selection is only highlighted. */
export const MAX_PROFILES = 4;

/** The provinces that get a profile: those selected by adcode, in selection order, up to MAX_PROFILES. */
export const profiledProvinces = (select: readonly Selection[]): number[] =>
	selectedProvinces(select).slice(0, MAX_PROFILES);

interface ProfileView {
	indicator: string;
	year: number;
	adcodes: number[];
}

const profileView = (v: Pick<ViewState, 'indicator' | 'year' | 'select'>): ProfileView => ({
	indicator: v.indicator,
	year: v.year,
	adcodes: profiledProvinces(v.select)
});

/** No province selected: nothing to ask the engine (a change of year then runs no query). */
const noneSelected = (v: ProfileView) => (v.adcodes.length ? undefined : []);

const viewKey = ({ indicator, year, adcodes }: ProfileView) => `${indicator}|${year}|${adcodes.join(',')}`;

/** Identifies the data the profiles need. */
export const profileKey = (v: Pick<ViewState, 'indicator' | 'year' | 'select'>): string =>
	viewKey(profileView(v));

export class ProfileData {
	readonly #rows = new QueryCoordinator<ProfileView, { values: ProfileValue[]; series: ProfilePoint[] }>({
		key: viewKey,
		queries: {
			values: {
				name: 'profile-values',
				key: (v) => `${v.year}|${v.adcodes.join(',')}`,
				query: queryProfileValues,
				atHand: noneSelected
			},
			series: {
				name: 'profile-series',
				key: (v) => `${v.indicator}|${v.adcodes.join(',')}`,
				query: queryProfileSeries,
				atHand: noneSelected
			}
		},
		empty: { values: [], series: [] }
	});

	get values(): ProfileValue[] {
		return this.#rows.rows.values;
	}
	get series(): ProfilePoint[] {
		return this.#rows.rows.series;
	}

	/** Whether the rows drawn are those of `view`. */
	current(view: ViewState): boolean {
		return this.#rows.current(profileView(view));
	}

	load(db: Connector, view: ViewState): Promise<void> {
		return this.#rows.load(db, profileView(view));
	}
}
