import { z } from 'zod';
import { BREAKDOWN_DIMENSIONS, DATE_PRESETS, METRIC_GROUPS, type MetricsGroup } from '../rules/report-facts';
import { lenientEnum } from './lenient';

/**
 * GET /adGroups/report (shared/spec/kakao-moment-report-api.md §5). Lenient by design
 * (open question 4): unknown metrics and dimension keys pass, metrics may come as numbers
 * or numeric strings, and what is neither reads as absent rather than failing the page.
 */
const MetricNumber = z.union([z.number(), z.string(), z.null()]).transform((value) => {
  if (value === null || value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
});

export const ReportRow = z.looseObject({
  start: z.string().optional(),
  end: z.string().optional(),
  dimensions: z.record(z.string(), z.unknown()).nullish().transform((d) => d ?? {}),
  metrics: z.record(z.string(), MetricNumber).nullish().transform((m) => m ?? {}),
});
export type ReportRow = z.infer<typeof ReportRow>;

export const ReportResponse = z.looseObject({
  code: z.number().optional(),
  message: z.string().optional(),
  data: z.array(ReportRow).nullish().transform((d) => d ?? []),
});
export type ReportResponse = z.infer<typeof ReportResponse>;

const HOUR = 'HOUR';
const METRICS_GROUPS = Object.keys(METRIC_GROUPS) as [MetricsGroup, ...MetricsGroup[]];
export const REPORT_DIMENSIONS = [HOUR, ...Object.values(BREAKDOWN_DIMENSIONS)] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];

const yyyymmdd = z.string().regex(/^\d{8}$/);
/** A comma-joined list (§3), as its non-empty parts. */
const commaList = z.string().transform((s) => s.split(',').map((v) => v.trim()).filter((v) => v !== ''));

/**
 * The query the console sends, as the sandbox reads it back. `datePreset` or `start` and
 * `end`; ids and metric groups comma-joined (§3).
 */
export const ReportQuery = z.object({
  adGroupId: commaList.pipe(z.array(z.string().regex(/^\d+$/).transform(Number)).min(1)),
  level: z.literal('AD_GROUP').default('AD_GROUP'),
  datePreset: lenientEnum(DATE_PRESETS).optional(),
  start: yyyymmdd.optional(),
  end: yyyymmdd.optional(),
  timeUnit: z.literal('DAY').default('DAY'),
  dimension: lenientEnum(REPORT_DIMENSIONS).optional(),
  metricsGroup: commaList.pipe(z.array(lenientEnum(METRICS_GROUPS)).min(1)),
});
export type ReportQuery = z.infer<typeof ReportQuery>;
