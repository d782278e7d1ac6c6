export interface ServeOptions {
	/** Directory to serve (resolved against the current directory). Default `build`. */
	dir?: string;
	/** Port; `0` picks a free one. Default `$PORT` or 4173. */
	port?: number;
	/** Interface to bind. Default `$HOST` or 127.0.0.1. */
	host?: string;
}

export interface Server {
	/** Base URL with the real port and a trailing slash, e.g. `http://127.0.0.1:4173/`. */
	url: string;
	/** Stop listening and drop open connections. Idempotent. */
	close(): Promise<void>;
}

export function serve(options?: ServeOptions): Promise<Server>;
