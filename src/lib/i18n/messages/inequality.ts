// The strings of the Theil and Gini decomposition charts of the analysis page.
export const zh = {};

export const en: Record<keyof typeof zh, string> = {};
