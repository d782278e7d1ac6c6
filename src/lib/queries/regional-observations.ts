// SQL shared by the statements of the disparity measures (fixed text: no value is ever spliced in).

/** CTE `obs`: each value of the indicator with its province's region; binds the scheme, then the indicator. */
export const REGIONAL_OBSERVATIONS = `obs AS (
  SELECT o.year, r.region, o.value
  FROM observations o
  JOIN province_regions r ON r.adcode = o.adcode AND r.scheme = ?
  WHERE o.indicator = ?
)`;

/** The counts of a group's values that decide whether a measure is defined (InputProfile in metrics/measured). */
export const VALUE_COUNTS = `COUNT(*)::INTEGER AS provinces,
         COUNT(*) FILTER (WHERE value < 0)::INTEGER AS negative,
         COUNT(*) FILTER (WHERE value = 0)::INTEGER AS zero`;
