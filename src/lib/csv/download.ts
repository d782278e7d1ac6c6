/** Saves text as a file in the browser; nothing is sent anywhere. */
export function saveTextFile(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
	saveBlob(fileName, new Blob([text], { type }));
}

export function saveBlob(fileName: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** `region-summary_pku_dfiic_index_aggregate_2019_region4.csv`: what the file holds, from ids only. */
export function csvFileName(chart: string, ...parts: (string | number)[]): string {
	return [chart, ...parts].join('_').replace(/[^\w.-]/g, '-') + '.csv';
}
