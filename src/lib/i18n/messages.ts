// The one catalogue of UI strings, in both languages, assembled from one file per area of the site.
// Each area types its English as Record<keyof zh, string>: a key missing in either language is a type error.
import * as common from './messages/common';
import * as engine from './messages/engine';
import * as urlNotices from './messages/url-notices';
import * as inequality from './messages/inequality';
import * as spread from './messages/spread';
import * as methods from './messages/methods';
import * as compare from './messages/compare';
import * as map from './messages/map';
import * as geomap from './messages/geomap';
import * as importing from './messages/import';
import * as importFile from './messages/import-file';
import * as importReport from './messages/import-report';
import * as findings from './messages/findings';
import * as sources from './messages/sources';
import * as columns from './messages/columns';
import * as relate from './messages/relate';
import * as derived from './messages/derived';
import * as composite from './messages/composite';
import * as embed from './messages/embed';
import * as briefing from './messages/briefing';
import * as moran from './messages/moran';
import * as cite from './messages/cite';
import * as offline from './messages/offline';

const zh = {
	...common.zh,
	...engine.zh,
	...urlNotices.zh,
	...inequality.zh,
	...spread.zh,
	...methods.zh,
	...compare.zh,
	...geomap.zh,
	...map.zh,
	...importing.zh,
	...importFile.zh,
	...importReport.zh,
	...findings.zh,
	...sources.zh,
	...columns.zh,
	...relate.zh,
	...derived.zh,
	...composite.zh,
	...embed.zh,
	...briefing.zh,
	...moran.zh,
	...cite.zh,
	...offline.zh
};
const en: Record<keyof typeof zh, string> = {
	...common.en,
	...engine.en,
	...urlNotices.en,
	...inequality.en,
	...spread.en,
	...methods.en,
	...compare.en,
	...geomap.en,
	...map.en,
	...importing.en,
	...importFile.en,
	...importReport.en,
	...findings.en,
	...sources.en,
	...columns.en,
	...relate.en,
	...derived.en,
	...composite.en,
	...embed.en,
	...briefing.en,
	...moran.en,
	...cite.en,
	...offline.en
};

export type MessageKey = keyof typeof zh;
export const messages = { zh, en } as const;
