// What the province maps are given: the Charts (TileMapChart, GeoMapChart) the tile map's rows and colours, the
// selection and how to change it; their Figures the view and the rows.
import type { Indicator, Province } from '$lib/data/manifest';
import type { ProvinceValue } from '$lib/queries/province-values';
import type { ViewState } from '$lib/state/view';
import type { Lang } from '$lib/i18n/lang';
import type { ColourScale, Tile } from './tile-map';

export interface ProvinceMapProps {
	/** Every province's value and rank. */
	tiles: readonly Tile[];
	scale: ColourScale;
	/** Provinces selected themselves (aria-pressed, solid outline). */
	pressed: (adcode: number) => boolean;
	/** Provinces selected through their region (dashed outline). */
	inSelectedRegion: (tile: Tile) => boolean;
	ontoggle: (adcode: number) => void;
	year: number;
	lang: Lang;
}

/** What both province map Figures (TileMapFigure, GeoMapFigure, through BaseMapPanel) are given by the page. */
export interface ProvinceMapFigureProps {
	view: ViewState;
	indicator: Indicator;
	provinces: readonly ProvinceValue[];
	/** The manifest's provinces: where each tile goes. */
	places: readonly Province[];
	ready: boolean;
	onchange: (change: Partial<ViewState>) => void;
}
