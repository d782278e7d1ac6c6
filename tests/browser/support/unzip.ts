// Reads a ZIP archive (a .docx) by its central directory: each entry's name and inflated bytes.
import { inflateRawSync } from 'node:zlib';

export function unzip(zip: Uint8Array): Map<string, Uint8Array> {
	const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
	let end = zip.length - 22;
	while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
	if (end < 0) throw new Error('not a ZIP archive: no end of central directory');
	const count = view.getUint16(end + 10, true);
	let at = view.getUint32(end + 16, true);
	const entries = new Map<string, Uint8Array>();
	for (let i = 0; i < count; i++) {
		if (view.getUint32(at, true) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`);
		const method = view.getUint16(at + 10, true);
		const size = view.getUint32(at + 20, true);
		const nameLength = view.getUint16(at + 28, true);
		const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
		const local = view.getUint32(at + 42, true);
		const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
		const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
		const data = zip.subarray(start, start + size);
		if (method !== 0 && method !== 8) throw new Error(`${name}: unknown compression ${method}`);
		entries.set(name, method === 8 ? new Uint8Array(inflateRawSync(data)) : data);
		at += 46 + skip;
	}
	return entries;
}
