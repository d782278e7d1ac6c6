/**
 * Breaks text into lines no wider than `maxWidth` as measured by `measure`. Breaks at spaces where there
 * are any, and between any two characters of Chinese (which has no spaces); a word longer than a line is
 * cut where it must be.
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
	const tokens = text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+|\s+/g) ?? [];
	const lines: string[] = [];
	let line = '';
	for (const token of tokens) {
		const candidate = line + token;
		if (measure(candidate.trimEnd()) <= maxWidth || line.trim() === '') {
			line = candidate;
			while (measure(line.trimEnd()) > maxWidth && line.length > 1) {
				// A single token wider than the line: cut it.
				let cut = line.length - 1;
				while (cut > 1 && measure(line.slice(0, cut)) > maxWidth) cut--;
				lines.push(line.slice(0, cut));
				line = line.slice(cut);
			}
		} else {
			lines.push(line.trimEnd());
			line = token.trimStart();
		}
	}
	if (line.trim()) lines.push(line.trimEnd());
	return lines;
}
