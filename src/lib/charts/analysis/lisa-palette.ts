// The colours of the LISA clusters, the same on the Moran scatter and the LISA map. The usual reading of
// GeoDa's cluster maps (hot red high-high, cold blue low-low, pale spatial outliers), darkened or lightened
// away from the region colours, which these charts do not use: a cluster is never taken for a region. Every
// pair of them, and each against each region colour, is at least 20 CIEDE2000 apart and 15 under
// deuteranopia (tests/unit/palette.test.ts).
import type { LisaCluster } from '$lib/metrics/moran-types';

export const LISA_COLOURS: Record<LisaCluster, string> = {
	'high-high': '#99000D',
	'low-low': '#053061',
	'high-low': '#F5B0A8',
	'low-high': '#92C5DE',
	'not-significant': '#EEEEEE'
};
