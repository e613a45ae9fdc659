import { addDays, addMonths } from './schedule';

/**
 * Every reading of Kakao's ad group report that is [inferred] or an open question in
 * shared/spec/kakao-moment-report-api.md, in one place, so each can be corrected against
 * the real API without hunting through the code. [doc] facts live with the rules that use
 * them (report-period.ts: 31 days, TODAY only by preset, 08:00 cutoff).
 */

/** Open question 2: 40 ids per call in two clients, 20 in a third. The smaller is safe. */
export const REPORT_IDS_PER_CALL = 20;

/**
 * Open question 1: 1 s in one client, 5 s in others (and [doc] for the account report).
 * The console paces at 5 s per ad account and retries a 429 after the gap.
 */
export const REPORT_GAP_MS = 5_000;

/**
 * §7: a too-frequent report call was recorded as HTTP 429 with the common code -10 and
 * this message; the sandbox answers so.
 */
export const REPORT_RATE_LIMIT_STATUS = 429;
export const REPORT_RATE_LIMIT_MESSAGE = '허용된 API 요청을 초과하였습니다';

/** §7 [observed]: a start/end range that includes today. */
export const RANGE_INCLUDES_TODAY_DETAIL_CODE = 60008;

/**
 * [inferred] Neither a range over 31 days nor too many ids has a documented code; the
 * sandbox refuses both with the common "bad parameter" -2 (HTTP 400) and these detail codes.
 */
export const RANGE_TOO_LONG_DETAIL_CODE = 60009;
export const TOO_MANY_IDS_DETAIL_CODE = 60010;

/** [doc] for the account report; [inferred] the same set for ad groups (a shared parameter). */
export const DATE_PRESETS = ['TODAY', 'YESTERDAY', 'LAST_7DAY', 'LAST_14DAY', 'LAST_30DAY', 'THIS_MONTH', 'LAST_MONTH'] as const;
export type DatePreset = (typeof DATE_PRESETS)[number];

/**
 * [inferred] The days a preset covers, yyyy-MM-dd in Seoul: LAST_nDAY is the n days that
 * end yesterday (today's figures come only through TODAY), THIS_MONTH runs from the 1st
 * to today, LAST_MONTH is the whole previous month. The console shows these dates, derives
 * the compare period and the freshness from them, and the sandbox serves them.
 */
export function presetDates(preset: DatePreset, today: string): { start: string; end: string } {
  const yesterday = addDays(today, -1);
  const firstOfMonth = `${today.slice(0, 8)}01`;
  switch (preset) {
    case 'TODAY':
      return { start: today, end: today };
    case 'YESTERDAY':
      return { start: yesterday, end: yesterday };
    case 'LAST_7DAY':
      return { start: addDays(today, -7), end: yesterday };
    case 'LAST_14DAY':
      return { start: addDays(today, -14), end: yesterday };
    case 'LAST_30DAY':
      return { start: addDays(today, -30), end: yesterday };
    case 'THIS_MONTH':
      return { start: firstOfMonth, end: today };
    case 'LAST_MONTH':
      return { start: addMonths(firstOfMonth, -1), end: addDays(firstOfMonth, -1) };
  }
}

/**
 * Open question 3: the English page says AGE and AGE_GENDER, one client sends AGE_BAND.
 * The console sends these; the dimension keys of an answer are read leniently
 * (dimensionValue below).
 */
export const BREAKDOWN_DIMENSIONS = {
  age: 'AGE_BAND',
  gender: 'GENDER',
  device: 'DEVICE_TYPE',
  placement: 'PLACEMENT',
} as const;
export type Breakdown = keyof typeof BREAKDOWN_DIMENSIONS;

/** The keys an answer's `dimensions` may use for each breakdown, in the order tried. */
const DIMENSION_KEYS: Readonly<Record<Breakdown | 'hour', readonly string[]>> = {
  age: ['age_band', 'ageBand', 'age'],
  gender: ['gender'],
  device: ['device_type', 'deviceType', 'device'],
  placement: ['placement'],
  hour: ['hour'],
};

/** Open question 7: `ad_group_id` or `adGroupId`; read both here and nowhere else. */
export function adGroupIdOf(dimensions: Readonly<Record<string, unknown>>): number | null {
  const raw = dimensions.ad_group_id ?? dimensions.adGroupId;
  const id = Number(raw);
  return raw !== undefined && raw !== null && Number.isSafeInteger(id) ? id : null;
}

/** The value of a breakdown (or `hour`) in a row's `dimensions`, whatever its key's spelling. */
export function dimensionValue(dimensions: Readonly<Record<string, unknown>>, which: Breakdown | 'hour'): string | null {
  for (const key of DIMENSION_KEYS[which]) {
    const value = dimensions[key];
    if (value !== undefined && value !== null && value !== '') return String(value);
  }
  return null;
}

/** `00:00~00:59` [observed] → 0..23; null when the label is not an hour. */
export function hourOf(label: string): number | null {
  const m = /^(\d{1,2})/.exec(label.trim());
  const hour = m ? Number(m[1]) : NaN;
  return Number.isInteger(hour) && hour >= 0 && hour < 24 ? hour : null;
}

/** The label the sandbox writes for an hour, as observed. */
export function hourLabel(hour: number): string {
  const h = String(hour).padStart(2, '0');
  return `${h}:00~${h}:59`;
}

/**
 * Open question 4: which metric comes in which `metricsGroup`. The console asks for a
 * group only when a column it shows needs one of these metrics.
 */
export const METRIC_GROUPS = {
  BASIC: ['imp', 'click', 'cost'],
  PIXEL_SDK_CONVERSION: ['conv_purchase_7d', 'conv_purchase_p_7d'],
  MESSAGE: ['msg_send', 'msg_open'],
  MESSAGE_CLICK: ['msg_click'],
} as const;
export type MetricsGroup = keyof typeof METRIC_GROUPS;
export type RawMetric = (typeof METRIC_GROUPS)[MetricsGroup][number];
export const RAW_METRICS: readonly RawMetric[] = Object.values(METRIC_GROUPS).flat();

/**
 * Open question 5: whether `cost` includes VAT is disputed. It is shown as received; if it
 * turns out to include VAT, this one switch says so and the labels follow.
 */
export const COST_INCLUDES_VAT = false;

/**
 * Open question 6 [inferred]: days are Seoul days and the "may still change" cutoff is
 * 08:00 Seoul time the next day.
 */
export const PROVISIONAL_UNTIL = '08:00';
