import type { Province } from '$lib/data/manifest';

/** What the place matchers read of a province: the manifest's code and its three names. */
export type NamedProvince = Pick<Province, 'adcode' | 'name_zh' | 'name_en' | 'pinyin'>;
