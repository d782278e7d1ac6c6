// The one place where a place name is reduced to what matching compares.
import { SIMPLIFIED } from './traditional';

// Spaces, underscores, hyphens and dashes, apostrophes (pinyin "Xi'an"), dots, middle dots and brackets.
const IGNORED = /[\s_\p{Pd}'’‘.·・()（）]/gu;

const simplified = (text: string): string => [...text].map((ch) => SIMPLIFIED[ch] ?? ch).join('');

/** Lower case, full-width to ASCII, simplified characters, without spaces and punctuation; tone marks kept. */
export const tonedName = (text: string): string =>
	simplified(text.normalize('NFKC').toLowerCase().replace(IGNORED, ''));

/** As `tonedName`, and without tone marks or other accents: "Nèi Měnggǔ" → "neimenggu", "廣東 " → "广东". */
export const normaliseName = (text: string): string =>
	tonedName(text).normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC');
