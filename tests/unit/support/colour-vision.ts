// Colour-vision simulation and colour difference for the palette's spec (tests only): the deuteranopia
// of Machado, Oliveira & Fernandes (2009, severity 1.0) applied in linear RGB, and CIEDE2000 (Sharma,
// Wu & Dalal 2005) between the colours in CIELAB (D65), as d3-color converts sRGB.
import { lab, rgb } from 'd3';

/** Machado et al. 2009, deuteranomaly of severity 1.0 (deuteranopia), on linear RGB. */
const DEUTERANOPIA = [
	[0.367322, 0.860646, -0.227968],
	[0.280085, 0.672501, 0.047413],
	[-0.01182, 0.04294, 0.968881]
] as const;

const toLinear = (c: number) => {
	const v = c / 255;
	return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
const fromLinear = (v: number) => {
	const c = Math.min(1, Math.max(0, v));
	return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
};

/** The colour a deuteranope sees in place of `hex`, as sRGB hex. */
export function deuteranopia(hex: string): string {
	const { r, g, b } = rgb(hex);
	const linear = [toLinear(r), toLinear(g), toLinear(b)];
	const [R, G, B] = DEUTERANOPIA.map((row) =>
		fromLinear(row[0] * linear[0]! + row[1] * linear[1]! + row[2] * linear[2]!)
	);
	return rgb(R!, G!, B!).formatHex();
}

const rad = (deg: number) => (deg * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

/** CIEDE2000 colour difference (kL = kC = kH = 1) between two sRGB colours. */
export function deltaE2000(a: string, b: string): number {
	const x = lab(a);
	const y = lab(b);
	return deltaE2000Lab([x.l, x.a, x.b], [y.l, y.a, y.b]);
}

type Lab = readonly [number, number, number];

/** CIEDE2000 (kL = kC = kH = 1) between two CIELAB colours [L*, a*, b*]. */
export function deltaE2000Lab([L1, a1, b1]: Lab, [L2, a2, b2]: Lab): number {
	const C1 = Math.hypot(a1, b1);
	const C2 = Math.hypot(a2, b2);
	const Cbar7 = ((C1 + C2) / 2) ** 7;
	const G = 0.5 * (1 - Math.sqrt(Cbar7 / (Cbar7 + 25 ** 7)));
	const ap1 = (1 + G) * a1;
	const ap2 = (1 + G) * a2;
	const Cp1 = Math.hypot(ap1, b1);
	const Cp2 = Math.hypot(ap2, b2);
	const hue = (x: number, y: number) => (x === 0 && y === 0 ? 0 : (deg(Math.atan2(y, x)) + 360) % 360);
	const hp1 = hue(ap1, b1);
	const hp2 = hue(ap2, b2);
	const dL = L2 - L1;
	const dC = Cp2 - Cp1;
	let dh = 0;
	if (Cp1 * Cp2 !== 0) {
		dh = hp2 - hp1;
		if (dh > 180) dh -= 360;
		else if (dh < -180) dh += 360;
	}
	const dH = 2 * Math.sqrt(Cp1 * Cp2) * Math.sin(rad(dh / 2));
	const Lbar = (L1 + L2) / 2;
	const Cbar = (Cp1 + Cp2) / 2;
	let hbar = hp1 + hp2;
	if (Cp1 * Cp2 !== 0) {
		if (Math.abs(hp1 - hp2) <= 180) hbar = (hp1 + hp2) / 2;
		else hbar = hp1 + hp2 < 360 ? (hp1 + hp2 + 360) / 2 : (hp1 + hp2 - 360) / 2;
	}
	const T =
		1 -
		0.17 * Math.cos(rad(hbar - 30)) +
		0.24 * Math.cos(rad(2 * hbar)) +
		0.32 * Math.cos(rad(3 * hbar + 6)) -
		0.2 * Math.cos(rad(4 * hbar - 63));
	const dTheta = 30 * Math.exp(-(((hbar - 275) / 25) ** 2));
	const Cbar7p = Cbar ** 7;
	const RC = 2 * Math.sqrt(Cbar7p / (Cbar7p + 25 ** 7));
	const SL = 1 + (0.015 * (Lbar - 50) ** 2) / Math.sqrt(20 + (Lbar - 50) ** 2);
	const SC = 1 + 0.045 * Cbar;
	const SH = 1 + 0.015 * Cbar * T;
	const RT = -Math.sin(rad(2 * dTheta)) * RC;
	return Math.sqrt((dL / SL) ** 2 + (dC / SC) ** 2 + (dH / SH) ** 2 + RT * (dC / SC) * (dH / SH));
}
