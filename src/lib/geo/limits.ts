// How large a base map file may be: larger files are refused before they are read.
export const MAX_BASE_MAP_MB = 30;
export const MAX_BASE_MAP_BYTES = MAX_BASE_MAP_MB * 1024 * 1024;
