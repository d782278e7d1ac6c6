/** The languages of the dashboard, the default first. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
