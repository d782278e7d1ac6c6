// How a province map reads and changes the view's selection: a province selected itself (pressed), one
// selected through its region, and a click that adds or removes it.
import type { Selection, ViewState } from '$lib/state/view';
import { provinceIsSelected, toggleSelection } from '$lib/state/selection';
import type { Tile } from './tile-map';

export interface MapSelection {
	pressed: (adcode: number) => boolean;
	inSelectedRegion: (tile: Tile) => boolean;
	ontoggle: (adcode: number) => void;
}

export function mapSelection(
	select: readonly Selection[],
	onchange: (change: Partial<ViewState>) => void
): MapSelection {
	return {
		pressed: (adcode) => select.includes(adcode),
		inSelectedRegion: (tile) => provinceIsSelected(select, tile),
		ontoggle: (adcode) => onchange({ select: toggleSelection(select, adcode) })
	};
}
