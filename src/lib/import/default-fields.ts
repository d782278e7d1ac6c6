// The name, unit and direction an indicator found in a file starts with, before the user edits them: taken
// from its header, or, when the header says nothing (a wide table's years, "数值"), from the titles above
// the header, the sheet or the file's name.
import type { IndicatorFields } from './indicator';
import { layoutOf, type Mapping } from './mapping';
import { GENERIC_VALUE_HEADER, defaultNaming, splitUnit } from './naming';
import type { Opened } from './protocol';
import type { FoundIndicator } from './validate-rows';

export interface FileContext {
	opened: Pick<Opened, 'sample' | 'sheet'>;
	mapping: Mapping;
	fileName: string;
}

export function defaultFields(
	found: FoundIndicator,
	indicatorCount: number,
	{ opened, mapping, fileName }: FileContext
): IndicatorFields {
	const single = indicatorCount === 1 && !mapping.roles.includes('indicator');
	const generic =
		single && (layoutOf(mapping) === 'wide' || GENERIC_VALUE_HEADER.test(splitUnit(found.label).name));
	const { name, unit } = defaultNaming({
		header: found.label,
		generic,
		titles: opened.sample.slice(0, mapping.headerRow),
		sheet: opened.sheet,
		fileName,
		allPercent: found.percent === found.imported && found.imported > 0
	});
	return { name_zh: name, name_en: name, unit, higher_is_better: true, total: false };
}
