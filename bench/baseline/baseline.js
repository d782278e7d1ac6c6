// Bench-only baseline (see index.html): the same rows as the dashboard's region summary, gap trend and
// province ranking, computed with d3 over the Arrow files the site ships, and drawn with a d3 join.
// It has the dashboard's test handles (select[name=indicator], input[name=year], figure[data-chart]
// [data-view="indicator|year|scheme"], html[data-db]), so bench/run.ts measures both the same way.
/* global d3, Arrow */
const REGIONS = ['east', 'central', 'west', 'northeast'];
const COLOURS = { east: '#1b9e77', central: '#d95f02', west: '#7570b3', northeast: '#e7298a' };
const scheme = 'region4';

async function table(file) {
	const response = await fetch(`data/${file}`);
	if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
	return Arrow.tableFromIPC(new Uint8Array(await response.arrayBuffer()));
}

/** Plain row objects from an Arrow table's columns (what d3 code works on). */
function rows(t, names) {
	const columns = names.map((n) => t.getChild(n).toArray());
	return Array.from({ length: t.numRows }, (_, i) =>
		Object.fromEntries(names.map((n, j) => [n, columns[j][i]]))
	);
}

async function main() {
	const manifest = await (await fetch('data/manifest.json')).json();
	const [obsTable, provTable] = await Promise.all([table('observations.arrow'), table('provinces.arrow')]);
	const observations = rows(obsTable, ['indicator', 'year', 'adcode', 'value']);
	const provinces = new Map(rows(provTable, ['adcode', 'name_zh', scheme]).map((p) => [p.adcode, p]));
	const byIndicator = d3.group(observations, (d) => d.indicator);

	const indicators = manifest.indicators;
	let indicator = indicators.find((d) => d.id === 'pku_dfiic_index_aggregate') ?? indicators[0];
	let years = indicator.years.map((y) => y.year);
	let year = years.at(-1);
	let stats = null;

	const select = d3.select('select[name=indicator]');
	select
		.selectAll('option')
		.data(indicators)
		.join('option')
		.attr('value', (d) => d.id)
		.text((d) => d.id);
	select.property('value', indicator.id);
	const slider = d3.select('input[name=year]');

	/** Region mean, min, max and count for every year of the indicator (as the dashboard's region-stats query). */
	function regionStats() {
		const own = byIndicator.get(indicator.id) ?? [];
		return d3.rollup(
			own,
			(v) => ({
				provinces: v.length,
				mean: d3.mean(v, (d) => d.value),
				min: d3.min(v, (d) => d.value),
				max: d3.max(v, (d) => d.value)
			}),
			(d) => d.year,
			(d) => provinces.get(d.adcode)[scheme]
		);
	}

	/** Every province with its value for the year, ranked, missing last (as the province-values query). */
	function ranking() {
		const values = new Map(
			(byIndicator.get(indicator.id) ?? []).filter((d) => d.year === year).map((d) => [d.adcode, d.value])
		);
		const list = [...provinces.values()].map((p) => ({ ...p, value: values.get(p.adcode) ?? null }));
		list.sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || a.adcode - b.adcode);
		let rank = 0;
		list.forEach(
			(p, i) =>
				(p.rank = p.value == null ? null : i > 0 && list[i - 1].value === p.value ? rank : (rank = i + 1))
		);
		return list;
	}

	function draw() {
		const key = `${indicator.id}|${year}|${scheme}`;
		const ranked = ranking();
		const inYear = REGIONS.map((r) => ({ region: r, ...(stats.get(year)?.get(r) ?? {}) }));

		const x = d3
			.scaleLinear()
			.domain(d3.extent(inYear.flatMap((d) => [d.min, d.max])))
			.nice()
			.range([120, 600]);
		const summary = d3.select('figure[data-chart="region-summary"] svg');
		summary
			.selectAll('circle.mean')
			.data(inYear)
			.join('circle')
			.attr('class', 'mean')
			.attr('cx', (d) => (d.mean == null ? 0 : x(d.mean)))
			.attr('cy', (_, i) => 30 + 48 * i)
			.attr('r', 6)
			.attr('fill', (d) => COLOURS[d.region]);

		const series = REGIONS.flatMap((r) =>
			years.map((y) => ({ region: r, year: y, mean: stats.get(y)?.get(r)?.mean ?? null }))
		);
		const xt = d3.scalePoint().domain(years).range([40, 600]);
		const yt = d3
			.scaleLinear()
			.domain(d3.extent(series, (d) => d.mean))
			.nice()
			.range([220, 20]);
		d3.select('figure[data-chart="gap-trend"] svg')
			.selectAll('circle.point')
			.data(series.filter((d) => d.mean != null))
			.join('circle')
			.attr('class', 'point')
			.attr('cx', (d) => xt(d.year))
			.attr('cy', (d) => yt(d.mean))
			.attr('r', (d) => (d.year === year ? 4.5 : 3))
			.attr('fill', (d) => COLOURS[d.region]);

		const xr = d3
			.scaleLinear()
			.domain([0, d3.max(ranked, (d) => d.value) ?? 1])
			.range([96, 576]);
		const rankingSvg = d3
			.select('figure[data-chart="province-ranking"] svg')
			.attr('viewBox', `0 0 640 ${36 + 17 * ranked.length}`);
		rankingSvg
			.selectAll('g.province')
			.data(ranked, (d) => d.adcode)
			.join((enter) => {
				const g = enter.append('g').attr('class', 'province');
				g.append('text')
					.attr('class', 'name')
					.attr('x', 66)
					.attr('text-anchor', 'end')
					.attr('font-size', 11)
					.text((d) => d.name_zh);
				g.append('rect').attr('class', 'bar').attr('height', 13);
				g.append('text').attr('class', 'value').attr('font-size', 10);
				return g;
			})
			.attr('transform', (_, i) => `translate(0,${28 + 17 * i})`)
			.call((g) =>
				g
					.select('rect.bar')
					.attr('x', 96)
					.attr('width', (d) => (d.value == null ? 0 : xr(d.value) - 96))
					.attr('fill', (d) => COLOURS[d[scheme]])
			)
			.call((g) =>
				g
					.select('text.value')
					.attr('x', (d) => (d.value == null ? 100 : xr(d.value) + 4))
					.attr('y', 10)
					.text((d) => (d.value == null ? 'no data' : d3.format('.2f')(d.value)))
			)
			.call((g) => g.select('text.name').attr('y', 10));

		d3.selectAll('figure[data-chart]').attr('data-view', key);
	}

	function setIndicator(id) {
		indicator = indicators.find((d) => d.id === id);
		years = indicator.years.map((y) => y.year);
		if (!years.includes(year)) year = years.at(-1);
		stats = regionStats();
		slider.attr('max', years.length - 1).property('value', years.indexOf(year));
		draw();
	}

	select.on('change', (event) => setIndicator(event.currentTarget.value));
	slider.on('input', (event) => {
		year = years[Number(event.currentTarget.value)];
		draw();
	});
	setIndicator(indicator.id);
	document.documentElement.dataset.db = 'ready';
}

main().catch((error) => {
	document.documentElement.dataset.db = 'error';
	document.body.append(String(error));
});
