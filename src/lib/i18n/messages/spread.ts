// The strings of the dispersion, β-convergence and density charts of the analysis page.
export const zh = {};

export const en: Record<keyof typeof zh, string> = {};
