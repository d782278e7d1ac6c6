// Province codes as files write them: GB/T 2260 (110000, the prefix 11, 156110000 with the country code,
// the 12-digit statistical 110000000000, Excel's 110000.0) and ISO 3166-2:CN (CN-BJ, CN-11).

/** ISO 3166-2 subdivision letters of China (CN-BJ …) to the province adcode; TW, HK and MO included. */
const ISO_CODES: Readonly<Record<string, number>> = {
	BJ: 110000,
	TJ: 120000,
	HE: 130000,
	SX: 140000,
	NM: 150000,
	LN: 210000,
	JL: 220000,
	HL: 230000,
	SH: 310000,
	JS: 320000,
	ZJ: 330000,
	AH: 340000,
	FJ: 350000,
	JX: 360000,
	SD: 370000,
	HA: 410000,
	HB: 420000,
	HN: 430000,
	GD: 440000,
	GX: 450000,
	HI: 460000,
	CQ: 500000,
	SC: 510000,
	GZ: 520000,
	YN: 530000,
	XZ: 540000,
	SN: 610000,
	GS: 620000,
	QH: 630000,
	NX: 640000,
	XJ: 650000,
	TW: 710000,
	HK: 810000,
	MO: 820000
};

/**
 * The province adcode a value stands for, if it is a province-level code: 6 digits ending in 0000, a
 * 2-digit prefix (unless `allowPrefix` is false: a base map's `id` is often a running number), GB with the
 * country code 156, a 12-digit statistical code, or ISO 3166-2. Null for anything else, including codes
 * below province level (110101).
 */
export function provinceCode(value: unknown, allowPrefix = true): number | null {
	let text: string;
	if (typeof value === 'number' && Number.isInteger(value) && value >= 0) text = String(value);
	else if (typeof value === 'string')
		text = value
			.normalize('NFKC')
			.trim()
			.replace(/^(\d+)\.0+$/, '$1');
	else return null;

	const iso = /^CN-?([A-Z]{2}|\d{2})$/i.exec(text);
	if (iso) {
		const part = (iso[1] as string).toUpperCase();
		return /^\d{2}$/.test(part) ? Number(part) * 10_000 : (ISO_CODES[part] ?? null);
	}
	if (!/^\d+$/.test(text)) return null;
	if (text.length === 9 && text.startsWith('156')) text = text.slice(3);
	if (text.length === 12 && text.endsWith('000000')) text = text.slice(0, 6);
	if (text.length === 6) return /^[1-9]\d0000$/.test(text) ? Number(text) : null;
	if (text.length === 2 && allowPrefix && /^[1-9]\d$/.test(text)) return Number(text) * 10_000;
	return null;
}
