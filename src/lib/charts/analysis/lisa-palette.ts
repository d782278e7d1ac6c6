// The colours of the LISA clusters, the same on the Moran scatter and the LISA map. The usual reading of
// GeoDa's cluster maps (hot red high-high, cold blue low-low, pale spatial outliers), darkened or lightened
// away from the region colours, which these charts do not use: a cluster is never taken for a region.
import type { LisaCluster } from '$lib/metrics/moran-types';

export const LISA_COLOURS: Record<LisaCluster, string> = {
	'high-high': '#B2182B',
	'low-low': '#053061',
	'high-low': '#F4A582',
	'low-high': '#92C5DE',
	'not-significant': '#EEEEEE'
};
