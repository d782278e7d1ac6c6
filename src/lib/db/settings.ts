/** Run on every engine before any query: without them DuckDB fetches extensions from the internet (and hangs offline). */
export const NO_EXTENSION_AUTOLOAD = [
	'SET autoinstall_known_extensions = false',
	'SET autoload_known_extensions = false'
] as const;
