/** Context key under which ChartFrame offers `() => ready` to the notes inside it (see SourceNote). */
export const CHART_READY = Symbol('chart-ready');
