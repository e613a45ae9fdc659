import { adGroupIdOf, METRIC_GROUPS, RAW_METRICS, type MetricsGroup, type RawMetric } from './report-facts';

/**
 * The figures the console shows. Kakao sends sums only (§5: no ratio is documented), so
 * every rate is computed here from the sums: a total's CTR is its clicks over its
 * impressions, never an average of the rows' CTRs.
 */
export type RawTotals = Record<RawMetric, number>;

export const DERIVED_METRICS = ['ctr', 'cpc', 'cpm', 'cpa', 'roas'] as const;
export type DerivedMetric = (typeof DERIVED_METRICS)[number];
export type MetricKey = RawMetric | DerivedMetric;

/** How a figure reads: a count, KRW, or a percentage. */
export type MetricFormat = 'count' | 'krw' | 'percent';

export const METRIC_FORMAT: Readonly<Record<MetricKey, MetricFormat>> = {
  imp: 'count',
  click: 'count',
  cost: 'krw',
  conv_purchase_7d: 'count',
  conv_purchase_p_7d: 'krw',
  msg_send: 'count',
  msg_open: 'count',
  msg_click: 'count',
  ctr: 'percent',
  cpc: 'krw',
  cpm: 'krw',
  cpa: 'krw',
  roas: 'percent',
};

/** Column sets as Google Ads has them; one is shown at a time. */
export const METRIC_SETS = {
  basic: ['imp', 'click', 'ctr', 'cost', 'cpc', 'cpm'],
  conversions: ['cost', 'conv_purchase_7d', 'cpa', 'conv_purchase_p_7d', 'roas'],
  message: ['msg_send', 'msg_open', 'msg_click'],
} as const satisfies Record<string, readonly MetricKey[]>;
export type MetricSet = keyof typeof METRIC_SETS;
export const METRIC_SET_NAMES = Object.keys(METRIC_SETS) as MetricSet[];
export const METRIC_KEYS: readonly MetricKey[] = [...RAW_METRICS, ...DERIVED_METRICS];

export const isMetricKey = (key: string): key is MetricKey => (METRIC_KEYS as readonly string[]).includes(key);

/** The raw metrics each derived one is computed from. */
const INPUTS: Readonly<Record<DerivedMetric, readonly RawMetric[]>> = {
  ctr: ['click', 'imp'],
  cpc: ['cost', 'click'],
  cpm: ['cost', 'imp'],
  cpa: ['cost', 'conv_purchase_7d'],
  roas: ['conv_purchase_p_7d', 'cost'],
};

/** The `metricsGroup` values a set of columns needs, in Kakao's order. */
export function metricsGroupsFor(set: MetricSet): MetricsGroup[] {
  const raw = new Set(METRIC_SETS[set].flatMap((key): readonly RawMetric[] => (key in INPUTS ? INPUTS[key as DerivedMetric] : [key as RawMetric])));
  return (Object.keys(METRIC_GROUPS) as MetricsGroup[]).filter((group) => METRIC_GROUPS[group].some((m) => raw.has(m)));
}

export const zeroTotals = (): RawTotals => Object.fromEntries(RAW_METRICS.map((m) => [m, 0])) as RawTotals;

/** Sums figures; a metric a row lacks (another group, no delivery) counts as 0. */
export function sumMetrics(rows: Iterable<Partial<Record<string, number | null>>>): RawTotals {
  const totals = zeroTotals();
  for (const row of rows) for (const m of RAW_METRICS) totals[m] += row[m] ?? 0;
  return totals;
}

/**
 * x / y, and 0 when y is 0: a group with no delivery reads 0 in every column (issue 12:
 * "0, not –"), and no rate is ever Infinity or NaN.
 */
export const ratio = (x: number, y: number, scale = 1): number => (y === 0 ? 0 : (x / y) * scale);

export function metricValue(key: MetricKey, t: RawTotals): number {
  switch (key) {
    case 'ctr':
      return ratio(t.click, t.imp, 100);
    case 'cpc':
      return ratio(t.cost, t.click);
    case 'cpm':
      return ratio(t.cost, t.imp, 1_000);
    case 'cpa':
      return ratio(t.cost, t.conv_purchase_7d);
    case 'roas':
      return ratio(t.conv_purchase_p_7d, t.cost, 100);
    default:
      return t[key];
  }
}

interface RowLike {
  dimensions: Readonly<Record<string, unknown>>;
  metrics: Partial<Record<string, number | null>>;
}

/**
 * Each asked-for group's totals over the rows (one row per group and day). A group the
 * answer leaves out delivered nothing: it gets zeros, so it shows 0, not "–".
 */
export function totalsByAdGroup(rows: readonly RowLike[], ids: readonly number[]): Map<number, RawTotals> {
  const byGroup = new Map(ids.map((id) => [id, [] as RowLike['metrics'][]]));
  for (const row of rows) {
    const id = adGroupIdOf(row.dimensions);
    if (id !== null) byGroup.get(id)?.push(row.metrics);
  }
  return new Map([...byGroup].map(([id, metrics]) => [id, sumMetrics(metrics)]));
}
