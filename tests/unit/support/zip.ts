// Small zip files built in memory for the workbook checks: each part deflated (or stored) with node:zlib,
// and headers that may declare sizes other than the real ones (a lying directory). CRCs are left 0:
// neither SheetJS nor the checks read them.
import { deflateRawSync } from 'node:zlib';

export interface ZipPart {
	name: string;
	data: Uint8Array | string;
	stored?: boolean;
	/** The uncompressed size written in both headers (default: the real one). */
	declare?: number;
}

export function makeZip(parts: readonly ZipPart[]): Uint8Array {
	const locals: Buffer[] = [];
	const centrals: Buffer[] = [];
	let offset = 0;
	for (const part of parts) {
		const raw = typeof part.data === 'string' ? Buffer.from(part.data) : Buffer.from(part.data);
		const body = part.stored ? raw : deflateRawSync(raw);
		const name = Buffer.from(part.name, 'latin1');
		const size = part.declare ?? raw.length;
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt16LE(part.stored ? 0 : 8, 8);
		local.writeUInt32LE(body.length, 18);
		local.writeUInt32LE(size, 22);
		local.writeUInt16LE(name.length, 26);
		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt16LE(20, 4);
		central.writeUInt16LE(20, 6);
		central.writeUInt16LE(part.stored ? 0 : 8, 10);
		central.writeUInt32LE(body.length, 20);
		central.writeUInt32LE(size, 24);
		central.writeUInt16LE(name.length, 28);
		central.writeUInt32LE(offset, 42);
		locals.push(local, name, body);
		centrals.push(central, name);
		offset += local.length + name.length + body.length;
	}
	const directory = Buffer.concat(centrals);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(parts.length, 8);
	end.writeUInt16LE(parts.length, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
