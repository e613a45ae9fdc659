import { http, HttpResponse, type HttpHandler } from 'msw';
import { ReportQuery } from '../src/api/contracts/report';
import { adGroupKindOf } from '../src/api/rules/campaign-kind';
import {
  BREAKDOWN_DIMENSIONS,
  hourLabel,
  METRIC_GROUPS,
  presetDates,
  RANGE_INCLUDES_TODAY_DETAIL_CODE,
  RANGE_TOO_LONG_DETAIL_CODE,
  REPORT_IDS_PER_CALL,
  TOO_MANY_IDS_DETAIL_CODE,
  type Breakdown,
  type DatePreset,
  type MetricsGroup,
  type RawMetric,
} from '../src/api/rules/report-facts';
import { daysIn, fromReportDate, MAX_REPORT_DAYS, toReportDate, type DateRange } from '../src/api/rules/report-period';
import { addDays, isValidDate } from '../src/api/rules/schedule';
import { seoulClock } from '../src/api/rules/seoul-clock';
import { db, type StoredAdGroup } from './db';
import { requireAccount } from './handlers/guards';
import { KAKAO_EXCEPTION, kakaoError } from './kakao-error';
import { addFigures, breakdownFigures, hourlyFigures, type CampaignKind, type Figures } from './report-figures';

/** Kakao's common "bad parameter" code (report-api §7, [doc]). */
const BAD_PARAMETER = -2;
/** -2 with a detail code where report-facts gives one, without one otherwise. */
function badParameter(detailMsg: string, detailCode?: number): Response {
  if (detailCode !== undefined) return kakaoError(400, detailCode, detailMsg, BAD_PARAMETER);
  return HttpResponse.json({ code: BAD_PARAMETER, msg: KAKAO_EXCEPTION, extras: { detailMsg } }, { status: 400 });
}

/** [doc] Display-only metric groups, and the Message ones: the other kind answers nothing for them. */
const DISPLAY_GROUPS: readonly MetricsGroup[] = ['BASIC', 'PIXEL_SDK_CONVERSION'];

const BREAKDOWN_OF: Readonly<Record<string, Breakdown>> = Object.fromEntries(
  Object.entries(BREAKDOWN_DIMENSIONS).map(([breakdown, dimension]) => [dimension, breakdown as Breakdown]),
);
/** The answer's key for a dimension: the sent name in snake_case (age_band, device_type…). */
const dimensionKey = (dimension: string) => dimension.toLowerCase();

type Window = DateRange | Response;

/** The days asked for, or the refusal (§6, §7): presets as report-facts reads them, ranges before today. */
function windowOf(query: ReportQuery, today: string): Window {
  if (query.datePreset !== undefined) {
    if (query.start !== undefined || query.end !== undefined) return badParameter('datePreset과 start/end는 함께 쓸 수 없습니다.');
    return presetDates(query.datePreset as DatePreset, today);
  }
  if (query.start === undefined || query.end === undefined) return badParameter('기간(datePreset 또는 start, end)이 필요합니다.');
  const range = { start: fromReportDate(query.start), end: fromReportDate(query.end) };
  if (!isValidDate(range.start) || !isValidDate(range.end) || range.start > range.end || range.end >= today)
    return kakaoError(400, RANGE_INCLUDES_TODAY_DETAIL_CODE, '기간의 시작일과 종료일이 유효하지 않습니다.');
  if (daysIn(range) > MAX_REPORT_DAYS) return badParameter(`조회 기간은 최대 ${MAX_REPORT_DAYS}일입니다.`, RANGE_TOO_LONG_DETAIL_CODE);
  return range;
}

/** Only the metrics of the asked-for groups that the campaign's kind has. */
function pick(figures: Figures, metrics: ReadonlySet<RawMetric>): Figures {
  return Object.fromEntries(Object.entries(figures).filter(([m]) => metrics.has(m as RawMetric)));
}

function metricsFor(groups: readonly string[], campaign: CampaignKind): Set<RawMetric> {
  const display = adGroupKindOf(campaign.campaignType) === 'display';
  return new Set(
    (groups as MetricsGroup[])
      .filter((g) => g in METRIC_GROUPS && DISPLAY_GROUPS.includes(g) === display)
      .flatMap((g): readonly RawMetric[] => METRIC_GROUPS[g]),
  );
}

const delivered = (f: Figures) => Object.values(f).some((v) => v > 0);

interface Row {
  start: string;
  end: string;
  dimensions: Record<string, string>;
  metrics: Figures;
}

/** One group's rows: per day, or per day and hour, or per day and breakdown value. */
function rowsOf(group: StoredAdGroup, campaign: CampaignKind, query: ReportQuery, range: DateRange, now: Date): Row[] {
  const clock = seoulClock(now);
  const hourNow = Number(clock.time.slice(0, 2));
  const metrics = metricsFor(query.metricsGroup, campaign);
  const rows: Row[] = [];
  for (let date = range.start; date <= range.end; date = addDays(date, 1)) {
    const day = toReportDate(date);
    const row = (figures: Figures, extra: Record<string, string> = {}) => {
      const picked = pick(figures, metrics);
      if (delivered(picked)) rows.push({ start: day, end: day, dimensions: { ad_group_id: String(group.id), ...extra }, metrics: picked });
    };
    const hours = hourlyFigures(group, campaign, date, clock.date, hourNow);
    const breakdown = query.dimension ? BREAKDOWN_OF[query.dimension] : undefined;
    if (query.dimension === 'HOUR') hours.forEach((figures, h) => row(figures, { hour: hourLabel(h) }));
    else if (breakdown && adGroupKindOf(campaign.campaignType) === 'display')
      for (const part of breakdownFigures(group, addFigures(hours), breakdown)) row(part.figures, { [dimensionKey(query.dimension!)]: part.value });
    else if (!breakdown) row(addFigures(hours));
  }
  return rows;
}

/**
 * GET /adGroups/report (shared/spec/kakao-moment-report-api.md): the documented shapes,
 * limits (the 5-s gap is the rate-limit gate's, rules/rate-limits.ts) and errors. Ids of
 * another account answer no rows.
 */
export function createReportHandlers(base: string, now: () => Date = () => new Date()): HttpHandler[] {
  return [
    http.get(`${base}/adGroups/report`, ({ request }) => {
      const scope = requireAccount(request);
      if (scope instanceof Response) return scope;
      const parsed = ReportQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
      if (!parsed.success) return badParameter(`잘못된 파라미터입니다: ${parsed.error.issues[0]?.path.join('.') ?? ''}`);
      const query = parsed.data;
      if (query.adGroupId.length > REPORT_IDS_PER_CALL)
        return badParameter(`광고그룹 ID는 한 번에 ${REPORT_IDS_PER_CALL}개까지 조회할 수 있습니다.`, TOO_MANY_IDS_DETAIL_CODE);
      const at = now();
      const range = windowOf(query, seoulClock(at).date);
      if (range instanceof Response) return range;
      const data = query.adGroupId.flatMap((id) => {
        const group = db.adGroup(scope.accountId, id);
        const campaign = group && db.campaign(scope.accountId, group.campaign.id)?.campaignTypeGoal;
        return group && campaign ? rowsOf(group, campaign, query, range, at) : [];
      });
      return HttpResponse.json({ code: 200, message: 'Success', data });
    }),
  ];
}
