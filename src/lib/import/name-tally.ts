// The names a file writes that are not one of the 31 provinces, each counted once with where it appears.

export interface UnmatchedName {
	text: string;
	cells: number;
	/** The first rows (1-based) where it appears. */
	rows: number[];
	suggestions: number[];
}

/** Counts the cells of each name (the first 1,000 names) and keeps the first five rows where it appears. */
export function createNameTally() {
	const names = new Map<string, UnmatchedName>();

	function note(text: string, row: number, suggestions: number[]): void {
		let entry = names.get(text);
		if (!entry) {
			entry = { text, cells: 0, rows: [], suggestions };
			if (names.size < 1_000) names.set(text, entry);
		}
		entry.cells++;
		if (entry.rows.length < 5 && entry.rows.at(-1) !== row) entry.rows.push(row);
	}

	return { note, list: (): UnmatchedName[] => [...names.values()] };
}
