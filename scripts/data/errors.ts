/** A problem in one line of one file under data/. The message is `data/<file>:<line>: <reason>`. */
export class DataError extends Error {
	constructor(
		readonly file: string,
		readonly line: number,
		readonly reason: string
	) {
		super(`${file}:${line}: ${reason}`);
		this.name = 'DataError';
	}
}
