// What both province maps (TileMapChart, GeoMapChart) are given: the tile map's rows and colours, the selection
// and how to change it.
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
