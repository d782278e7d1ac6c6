// The names a file, a base map or a reader may give a province besides the dashboard's own short Chinese
// and English names and pinyin (data/provinces.csv): the full official name (GB/T 2260), pinyin with tones,
// and other names in use. Traditional characters and administrative words (省, Autonomous Region …) are
// handled by normalise-name and suffixes, not listed here.
import type { NamedProvince } from './named-province';

export interface ProvinceNames {
	/** Full official name, GB/T 2260. */
	full: string;
	/** Pinyin with tone marks: tells 山西 Shānxī from 陕西 Shǎnxī. */
	toned: string;
	aliases?: readonly string[];
}

const INNER_MONGOLIA = ['内蒙', 'Nei Mongol', 'Nei Monggol', 'Inner Mongol'];

export const PROVINCE_NAMES: Readonly<Record<number, ProvinceNames>> = {
	110000: { full: '北京市', toned: 'Běijīng' },
	120000: { full: '天津市', toned: 'Tiānjīn' },
	130000: { full: '河北省', toned: 'Héběi' },
	140000: { full: '山西省', toned: 'Shānxī' },
	150000: { full: '内蒙古自治区', toned: 'Nèi Měnggǔ', aliases: INNER_MONGOLIA },
	210000: { full: '辽宁省', toned: 'Liáoníng' },
	220000: { full: '吉林省', toned: 'Jílín' },
	230000: { full: '黑龙江省', toned: 'Hēilóngjiāng' },
	310000: { full: '上海市', toned: 'Shànghǎi' },
	320000: { full: '江苏省', toned: 'Jiāngsū' },
	330000: { full: '浙江省', toned: 'Zhèjiāng' },
	340000: { full: '安徽省', toned: 'Ānhuī' },
	350000: { full: '福建省', toned: 'Fújiàn' },
	360000: { full: '江西省', toned: 'Jiāngxī' },
	370000: { full: '山东省', toned: 'Shāndōng' },
	410000: { full: '河南省', toned: 'Hénán' },
	420000: { full: '湖北省', toned: 'Húběi' },
	430000: { full: '湖南省', toned: 'Húnán' },
	440000: { full: '广东省', toned: 'Guǎngdōng' },
	450000: { full: '广西壮族自治区', toned: 'Guǎngxī' },
	460000: { full: '海南省', toned: 'Hǎinán' },
	500000: { full: '重庆市', toned: 'Chóngqìng' },
	510000: { full: '四川省', toned: 'Sìchuān' },
	520000: { full: '贵州省', toned: 'Guìzhōu' },
	530000: { full: '云南省', toned: 'Yúnnán' },
	540000: { full: '西藏自治区', toned: 'Xīzàng' },
	610000: { full: '陕西省', toned: 'Shǎnxī' },
	620000: { full: '甘肃省', toned: 'Gānsù' },
	630000: { full: '青海省', toned: 'Qīnghǎi' },
	640000: { full: '宁夏回族自治区', toned: 'Níngxià' },
	650000: { full: '新疆维吾尔自治区', toned: 'Xīnjiāng' }
};

/**
 * Every name of a province that identifies it alone: short and full Chinese, English, pinyin, aliases.
 * Not the toned pinyin: without its tones 陕西's (Shǎnxī) is 山西's "shanxi".
 */
export function provinceNames(p: NamedProvince): string[] {
	const extra = PROVINCE_NAMES[p.adcode];
	return [p.name_zh, p.name_en, p.pinyin, ...(extra ? [extra.full, ...(extra.aliases ?? [])] : [])];
}
