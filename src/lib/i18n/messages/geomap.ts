// The strings of the geographic map drawn over a base map the user supplies (with its approval number).
export const zh = {
	geoMap_panel: '使用自有底图（需审图号）',
	geoMap_intro:
		'公开展示的中国地图须使用经审核的标准底图并标注审图号，因此本站不附带任何地理边界。如果您有经审核的底图（GeoJSON 或 TopoJSON，要素属性中带省级行政区划代码或省名），可以在这里载入并填写它的审图号，地图即按当前指标着色，审图号标注在图上。文件只在您的浏览器中读取，不会上传或发送到任何地方；关闭标签页后即不再保留。',
	geoMap_file: '底图文件（GeoJSON 或 TopoJSON，不超过 {max} MB）',
	geoMap_approval: '审图号（必填）',
	geoMap_approvalPlaceholder: '例如 GS(2019)1822号',
	geoMap_layer: 'TopoJSON 图层',
	geoMap_remove: '移除底图',
	geoMap_reading: '正在读取文件……',
	geoMap_loaded: '已载入：{file}',
	geoMap_needApproval: '请填写这份底图的审图号：填写后才绘制地图。',
	geoMap_matched: '{n}/{m} 个要素已对应到省份。',
	geoMap_unmatched: '未对应到省份的要素（以灰色绘制，无数值）：{names}',
	geoMap_unnamed: '（无名称）',
	geoMap_missing: '底图中没有对应要素的省份：{names}',
	geoMap_allProvinces: '全部 {n} 个省份都有对应要素。',
	geoMap_skipped: '{n} 个要素没有可绘制的几何图形，已略过。',
	geoMap_listJoin: '、',
	geoMap_errorTooBig: '文件过大（{size} MB），上限为 {max} MB。',
	geoMap_errorRead: '无法读取文件：{message}',
	geoMap_errorJson: '文件不是有效的 JSON：{message}',
	geoMap_errorNotGeo: '文件不是 GeoJSON（FeatureCollection 或 Feature）或 TopoJSON（Topology）。',
	geoMap_errorTopology: '无法解析这份 TopoJSON：{message}',
	geoMap_errorEmpty: '底图中没有可绘制的要素。',
	geoMap_errorNoMatch:
		'没有一个要素能对应到省份：要素属性中须有省级行政区划代码（如 adcode: 110000）或省名（如 北京市、Beijing）。',
	chart_geoMap: '{year} 年各省{indicator}：地图（用户提供的底图）',
	chart_geoMap_desc:
		'{year} 年各省数值，绘于用户提供的底图上（审图号 {approval}），颜色越深数值越高：{values}',
	geoMap_legend:
		'图例：颜色由浅到深表示 {min} 到 {max}；斜线表示无数据；浅灰色表示不在本数据中的区域；黑框表示已选择',
	geoMap_notInData: '不在本数据中',
	geoMap_approvalOnMap: '审图号：{number}',
	geoMap_note: '底图由用户提供（{file}），审图号：{number}；浅灰色区域不在本数据中，无数值'
};

export const en: Record<keyof typeof zh, string> = {
	geoMap_panel: 'Use your own approved base map',
	geoMap_intro:
		'Public maps of China must use an approved standard base map and show its approval number (审图号), so this site ships no boundaries at all. If you have an approved base map (GeoJSON or TopoJSON whose features carry a province code or name), load it here and enter its approval number: the map is then coloured by the current indicator, with the approval number on it. The file is read in your browser only; it is never uploaded or sent anywhere, and it is forgotten when the tab is closed.',
	geoMap_file: 'Base map file (GeoJSON or TopoJSON, up to {max} MB)',
	geoMap_approval: 'Approval number (审图号, required)',
	geoMap_approvalPlaceholder: 'e.g. GS(2019)1822号',
	geoMap_layer: 'TopoJSON layer',
	geoMap_remove: 'Remove base map',
	geoMap_reading: 'Reading the file…',
	geoMap_loaded: 'Loaded: {file}',
	geoMap_needApproval: 'Enter this base map’s approval number: the map is drawn once it is given.',
	geoMap_matched: '{n} of {m} {m|feature|features} matched to provinces.',
	geoMap_unmatched: 'Features matched to no province (drawn grey, without a value): {names}',
	geoMap_unnamed: '(no name)',
	geoMap_missing: 'Provinces with no feature in the base map: {names}',
	geoMap_allProvinces: 'All {n} provinces have a feature.',
	geoMap_skipped: '{n} {n|feature has|features have} no drawable geometry and {n|was|were} left out.',
	geoMap_listJoin: ', ',
	geoMap_errorTooBig: 'The file is too large ({size} MB); the limit is {max} MB.',
	geoMap_errorRead: 'The file could not be read: {message}',
	geoMap_errorJson: 'The file is not valid JSON: {message}',
	geoMap_errorNotGeo:
		'The file is neither GeoJSON (a FeatureCollection or Feature) nor TopoJSON (a Topology).',
	geoMap_errorTopology: 'This TopoJSON could not be read: {message}',
	geoMap_errorEmpty: 'The base map has no feature that can be drawn.',
	geoMap_errorNoMatch:
		'No feature could be matched to a province: features need a province code (e.g. adcode: 110000) or name (e.g. 北京市, Beijing) in their properties.',
	chart_geoMap: '{indicator} by province, {year}: map on a user-supplied base map',
	chart_geoMap_desc:
		'Provincial values in {year} on a user-supplied base map (approval number {approval}), darker is higher: {values}',
	geoMap_legend:
		'Legend: light to dark from {min} to {max}; hatched areas have no data; light grey areas are not in these data; a black outline marks a selected province',
	geoMap_notInData: 'not in these data',
	geoMap_approvalOnMap: 'Map approval number 审图号: {number}',
	geoMap_note:
		'Base map supplied by the user ({file}), approval number 审图号: {number}; light grey areas are not in these data and have no value'
};
