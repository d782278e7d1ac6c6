// The charts a briefing draws from each page (kept apart from the model, which loads only on request).
/**
 * The charts a briefing draws from each page, as the page shows them: the overview's four, and the analysis
 * page's own (the Theil decomposition first); the overview's figures reach the latter as text.
 */
export const BRIEFING_CHARTS = {
	overview: ['region-summary', 'gap-trend', 'province-ranking', 'tile-map'],
	analysis: ['theil-decomposition', 'gini-decomposition', 'dispersion-trend', 'beta-convergence', 'density']
} as const;
