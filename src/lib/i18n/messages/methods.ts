// The strings of the methods page.
export const zh = {};

export const en: Record<keyof typeof zh, string> = {};
