import { describe, expect, it } from 'vitest';
import { appendLine, copyData, rejection, setCell } from './support/data-copy';

const PKU = 'observations/pku_dfiic.csv';
const CPS = 'observations/cps_online_service_index.csv';

describe('buildDataset rejects a corrupted data/ at the first bad line', () => {
	it('rejects an observation whose adcode is not one of the 31 provinces', async () => {
		const dir = copyData();
		setCell(dir, PKU, 120, 'adcode', '999999');
		expect(await rejection(dir)).toMatchObject({
			file: `data/${PKU}`,
			line: 120,
			reason: 'unknown adcode 999999'
		});
	});

	it('rejects an observation whose province_zh is not the name of its adcode', async () => {
		const dir = copyData();
		setCell(dir, CPS, 3, 'province_zh', '北京');
		const error = await rejection(dir);
		expect(error).toMatchObject({ file: `data/${CPS}`, line: 3 });
		expect(error.reason).toMatch(/province_zh "北京" does not match adcode 120000/);
	});

	it('rejects a value that is not a number', async () => {
		const dir = copyData();
		setCell(dir, PKU, 2000, 'value', 'n/a');
		expect(await rejection(dir)).toMatchObject({ line: 2000, reason: 'value "n/a" is not a number' });
	});

	it('rejects an empty value in an observations file, where only rows with a value belong', async () => {
		const dir = copyData();
		setCell(dir, CPS, 33, 'value', '');
		expect(await rejection(dir)).toMatchObject({ file: `data/${CPS}`, line: 33, reason: 'empty value' });
	});

	it('rejects the year 1899', async () => {
		const dir = copyData();
		setCell(dir, PKU, 2, 'year', '1899');
		const error = await rejection(dir);
		expect(error).toMatchObject({ file: `data/${PKU}`, line: 2 });
		expect(error.reason).toMatch(/^year 1899 is outside 2000\.\.\d{4}$/);
	});

	it('rejects a second row for the same indicator, adcode and year, pointing at the first', async () => {
		const dir = copyData();
		appendLine(dir, PKU, (lines) => lines[5] ?? '');
		const error = await rejection(dir);
		expect(error).toMatchObject({ file: `data/${PKU}`, line: 3443 });
		expect(error.reason).toMatch(
			/^duplicate pku_dfiic_index_aggregate .* \(first at data\/observations\/pku_dfiic.csv:6\)$/
		);
	});

	it('rejects an observation of an indicator that indicators.csv does not describe', async () => {
		const dir = copyData();
		setCell(dir, CPS, 2, 'indicator', 'cps_online_service');
		expect(await rejection(dir)).toMatchObject({
			file: `data/${CPS}`,
			line: 2,
			reason: 'unknown indicator cps_online_service (not in indicators.csv)'
		});
	});

	it.each([
		['provinces.csv', 5],
		['population.csv', 31],
		[PKU, 42],
		['cps/published_ranks.csv', 30],
		['cps/level_counts.csv', 4],
		['cps/disputed.csv', 2],
		['context/report_figures.csv', 16]
	])('rejects a row of %s without a source', async (file, line) => {
		const dir = copyData();
		setCell(dir, file, line, 'source', '');
		expect(await rejection(dir)).toMatchObject({ file: `data/${file}`, line, reason: 'empty source' });
	});

	it.each(['citation_zh', 'citation_en', 'coverage_en'])(
		'rejects a dataset citation row whose %s is empty, at its line of datasets.csv',
		async (column) => {
			const dir = copyData();
			setCell(dir, 'datasets.csv', 3, column, ' ');
			expect(await rejection(dir)).toMatchObject({
				file: 'data/datasets.csv',
				line: 3,
				reason: `empty ${column}`
			});
		}
	);

	it('rejects a dataset citation whose publisher page is not an http(s) address', async () => {
		const dir = copyData();
		setCell(dir, 'datasets.csv', 2, 'url', 'idf.pku.edu.cn');
		expect(await rejection(dir)).toMatchObject({
			file: 'data/datasets.csv',
			line: 2,
			reason: 'url "idf.pku.edu.cn" is not an http(s) address'
		});
	});

	it('rejects a dataset citation that says neither publisher, copy nor reposted for how the figures were obtained', async () => {
		const dir = copyData();
		setCell(dir, 'datasets.csv', 4, 'obtained', 'website');
		expect(await rejection(dir)).toMatchObject({
			file: 'data/datasets.csv',
			line: 4,
			reason: 'obtained "website" is not one of publisher|copy|reposted'
		});
	});

	it.each([
		['year', '2021-2017', 'year "2021-2017" is not a year from 1900 to'],
		['year', 'n.d.', 'year "n.d." is not a year from 1900 to'],
		[
			'publisher_en',
			'National Bureau of Statistics of China|',
			'publisher_en "National Bureau of Statistics of China|" names an empty publisher'
		],
		[
			'publisher_en',
			'National Bureau of Statistics of China',
			'publisher_zh names 2 publishers and publisher_en 1'
		],
		['title_en', ' ', 'empty title_en']
	])(
		'rejects a dataset row of census_2020 whose %s is %j, at its line of datasets.csv',
		async (column, value, reason) => {
			const dir = copyData();
			setCell(dir, 'datasets.csv', 5, column, value);
			const error = await rejection(dir);
			expect(error).toMatchObject({ file: 'data/datasets.csv', line: 5 });
			expect(error.reason.startsWith(reason)).toBe(true);
		}
	);

	it('rejects an indicator whose dataset has no citation in datasets.csv', async () => {
		const dir = copyData();
		setCell(dir, 'indicators.csv', 12, 'dataset', 'cps_report');
		expect(await rejection(dir)).toMatchObject({
			file: 'data/indicators.csv',
			line: 12,
			reason: 'dataset "cps_report" has no citation in data/datasets.csv'
		});
	});

	it('rejects a context measure whose publisher has no citation, or whose way of writing it lacks {n}', async () => {
		const dir = copyData();
		setCell(dir, 'context/labels.csv', 4, 'dataset', 'miit');
		expect(await rejection(dir)).toMatchObject({
			file: 'data/context/labels.csv',
			line: 4,
			reason: 'dataset "miit" has no citation in data/datasets.csv'
		});
		setCell(dir, 'context/labels.csv', 4, 'dataset', 'miit_2019q1');
		setCell(dir, 'context/labels.csv', 4, 'value_zh', '万户');
		expect(await rejection(dir)).toMatchObject({
			file: 'data/context/labels.csv',
			line: 4,
			reason: 'value_zh "万户" must hold {n} once'
		});
	});

	it('rejects a context figure whose area has no name in scopes.csv', async () => {
		const dir = copyData();
		setCell(dir, 'context/region_level_facts.csv', 5, 'area', 'East');
		expect(await rejection(dir)).toMatchObject({
			file: 'data/context/region_level_facts.csv',
			line: 5,
			reason: 'area "East" has no label in data/context/scopes.csv'
		});
	});

	it('rejects a region id outside east|central|west|northeast, and northeast in the three-region scheme', async () => {
		const dir = copyData();
		setCell(dir, 'provinces.csv', 2, 'region4', 'East');
		expect(await rejection(dir)).toMatchObject({
			line: 2,
			reason: 'region4 "East" is not one of east|central|west|northeast'
		});
		setCell(dir, 'provinces.csv', 2, 'region4', 'east');
		setCell(dir, 'provinces.csv', 7, 'region3', 'northeast');
		expect(await rejection(dir)).toMatchObject({
			line: 7,
			reason: 'region3 "northeast" is not one of east|central|west'
		});
	});

	it('rejects higher_is_better other than true or false', async () => {
		const dir = copyData();
		setCell(dir, 'indicators.csv', 3, 'higher_is_better', 'yes');
		expect(await rejection(dir)).toMatchObject({
			file: 'data/indicators.csv',
			line: 3,
			reason: 'higher_is_better "yes" is not true or false'
		});
	});

	it('rejects a file that lacks a required column, at line 1', async () => {
		const dir = copyData();
		setCell(dir, 'population.csv', 1, 'population', 'pop');
		expect(await rejection(dir)).toMatchObject({
			file: 'data/population.csv',
			line: 1,
			reason: 'missing column population'
		});
	});

	it('rejects an indicator that has no observations', async () => {
		const dir = copyData();
		appendLine(
			dir,
			'indicators.csv',
			(lines) => lines[11]?.replace('cps_online_service_index', 'cps_spare') ?? ''
		);
		expect(await rejection(dir)).toMatchObject({
			file: 'data/indicators.csv',
			line: 13,
			reason: 'indicator cps_spare has no observations'
		});
	});

	it('rejects a context figure whose measure has no label to show it by', async () => {
		const dir = copyData();
		setCell(dir, 'context/report_figures.csv', 3, 'figure', 'unlabelled_figure');
		expect(await rejection(dir)).toMatchObject({
			file: 'data/context/report_figures.csv',
			line: 3,
			reason: 'figure "unlabelled_figure" has no label in data/context/labels.csv'
		});
	});
});
