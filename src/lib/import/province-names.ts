// The names a file may give a province besides the dashboard's own short Chinese and English names: the
// full official name (GB/T 2260), pinyin (with and without tones) and common English variants.

export interface ProvinceNames {
	/** Full official name, GB/T 2260. */
	full: string;
	pinyin: string;
	/** Pinyin with tone marks: tells 山西 Shānxī from 陕西 Shǎnxī. */
	toned: string;
	aliases?: readonly string[];
}

export const PROVINCE_NAMES: Readonly<Record<number, ProvinceNames>> = {
	110000: { full: '北京市', pinyin: 'Beijing', toned: 'Běijīng' },
	120000: { full: '天津市', pinyin: 'Tianjin', toned: 'Tiānjīn' },
	130000: { full: '河北省', pinyin: 'Hebei', toned: 'Héběi' },
	140000: { full: '山西省', pinyin: 'Shanxi', toned: 'Shānxī' },
	150000: {
		full: '内蒙古自治区',
		pinyin: 'Nei Menggu',
		toned: 'Nèi Měnggǔ',
		aliases: ['内蒙', 'Nei Mongol', 'Inner Mongolia Autonomous Region']
	},
	210000: { full: '辽宁省', pinyin: 'Liaoning', toned: 'Liáoníng' },
	220000: { full: '吉林省', pinyin: 'Jilin', toned: 'Jílín' },
	230000: { full: '黑龙江省', pinyin: 'Heilongjiang', toned: 'Hēilóngjiāng' },
	310000: { full: '上海市', pinyin: 'Shanghai', toned: 'Shànghǎi' },
	320000: { full: '江苏省', pinyin: 'Jiangsu', toned: 'Jiāngsū' },
	330000: { full: '浙江省', pinyin: 'Zhejiang', toned: 'Zhèjiāng' },
	340000: { full: '安徽省', pinyin: 'Anhui', toned: 'Ānhuī' },
	350000: { full: '福建省', pinyin: 'Fujian', toned: 'Fújiàn' },
	360000: { full: '江西省', pinyin: 'Jiangxi', toned: 'Jiāngxī' },
	370000: { full: '山东省', pinyin: 'Shandong', toned: 'Shāndōng' },
	410000: { full: '河南省', pinyin: 'Henan', toned: 'Hénán' },
	420000: { full: '湖北省', pinyin: 'Hubei', toned: 'Húběi' },
	430000: { full: '湖南省', pinyin: 'Hunan', toned: 'Húnán' },
	440000: { full: '广东省', pinyin: 'Guangdong', toned: 'Guǎngdōng' },
	450000: {
		full: '广西壮族自治区',
		pinyin: 'Guangxi',
		toned: 'Guǎngxī',
		aliases: ['Guangxi Zhuang Autonomous Region']
	},
	460000: { full: '海南省', pinyin: 'Hainan', toned: 'Hǎinán' },
	500000: { full: '重庆市', pinyin: 'Chongqing', toned: 'Chóngqìng' },
	510000: { full: '四川省', pinyin: 'Sichuan', toned: 'Sìchuān' },
	520000: { full: '贵州省', pinyin: 'Guizhou', toned: 'Guìzhōu' },
	530000: { full: '云南省', pinyin: 'Yunnan', toned: 'Yúnnán' },
	540000: {
		full: '西藏自治区',
		pinyin: 'Xizang',
		toned: 'Xīzàng',
		aliases: ['Tibet Autonomous Region', 'Xizang Autonomous Region']
	},
	610000: { full: '陕西省', pinyin: 'Shaanxi', toned: 'Shǎnxī' },
	620000: { full: '甘肃省', pinyin: 'Gansu', toned: 'Gānsù' },
	630000: { full: '青海省', pinyin: 'Qinghai', toned: 'Qīnghǎi' },
	640000: {
		full: '宁夏回族自治区',
		pinyin: 'Ningxia',
		toned: 'Níngxià',
		aliases: ['Ningxia Hui Autonomous Region']
	},
	650000: {
		full: '新疆维吾尔自治区',
		pinyin: 'Xinjiang',
		toned: 'Xīnjiāng',
		aliases: [
			'新疆维吾尔族自治区',
			'Xinjiang Uygur Autonomous Region',
			'Xinjiang Uyghur Autonomous Region',
			'Xinjiang Uighur Autonomous Region'
		]
	}
};

/**
 * Rows that are not one of the 31 provinces although tables often carry them: national totals, region
 * subtotals, the Xinjiang Production and Construction Corps (not a province), Hong Kong, Macao, Taiwan.
 * They are recognised and reported as such, never matched to a province.
 */
export const NOT_PROVINCES: readonly string[] = [
	'全国',
	'全国合计',
	'全国总计',
	'全国平均',
	'合计',
	'总计',
	'平均',
	'中国',
	'national',
	'nationwide',
	'total',
	'china',
	'average',
	'东部',
	'中部',
	'西部',
	'东北',
	'东部地区',
	'中部地区',
	'西部地区',
	'东北地区',
	'east',
	'central',
	'west',
	'northeast',
	'新疆生产建设兵团',
	'兵团',
	'xpcc',
	'香港',
	'香港特别行政区',
	'澳门',
	'澳门特别行政区',
	'台湾',
	'台湾省',
	'hong kong',
	'macao',
	'macau',
	'taiwan'
];
