// From a file's bytes to what kind of file it is and, for text, its characters. Chinese CSVs saved by
// Excel are GBK (a subset of GB18030): UTF-8 is tried first with fatal errors, then GB18030.

export type FileKind = 'workbook' | 'json' | 'text' | 'binary' | 'pdf';
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
	text: string;
	encoding: TextEncodingName;
	/** Whether the file began with a byte-order mark (removed from `text`). */
	bom: boolean;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
	signature.every((b, i) => bytes[i] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04]; // xlsx, ods (and any zip)
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // legacy .xls
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const IMAGES = [
	[0x89, 0x50, 0x4e, 0x47], // PNG
	[0xff, 0xd8, 0xff], // JPEG
	[0x47, 0x49, 0x46, 0x38], // GIF
	[0x1f, 0x8b] // gzip
];

/** What a file holds, from its first bytes, and its name only to tell JSON from CSV. */
export function sniffKind(bytes: Uint8Array, fileName: string): FileKind {
	if (startsWith(bytes, ZIP) || startsWith(bytes, OLE)) return 'workbook';
	if (startsWith(bytes, PDF)) return 'pdf';
	if (IMAGES.some((signature) => startsWith(bytes, signature))) return 'binary';
	if (/\.json$/i.test(fileName)) return 'json';
	return 'text';
}

/** The text of a file: BOM removed; UTF-8 when it is valid UTF-8, else GB18030 (which covers GBK). */
export function decodeText(bytes: Uint8Array): DecodedText {
	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
		return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', bom: true };
	}
	// Excel's "Unicode text" is UTF-16 with a byte-order mark.
	if (startsWith(bytes, [0xff, 0xfe])) {
		return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
	}
	if (startsWith(bytes, [0xfe, 0xff])) {
		return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
	}
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom: false };
	} catch {
		return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030', bom: false };
	}
}

// NUL and the C0 controls other than tab, line feed and carriage return; U+FFFD marks undecodable bytes.
// eslint-disable-next-line no-control-regex
const JUNK = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/g;

/** Whether decoded text is really binary data: a NUL, or more than 1% control or undecodable characters. */
export function looksBinary(text: string): boolean {
	const sample = text.slice(0, 65_536);
	if (sample.includes('\u0000')) return true;
	const junk = sample.match(JUNK)?.length ?? 0;
	return junk > Math.max(2, sample.length / 100);
}
