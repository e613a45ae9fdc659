import { describe, expect, it } from 'vitest';
import { isApiError } from '../src/api/api-error';
import { apiRequest, type QueryValue } from '../src/api/client';
import { ReportResponse, type ReportRow } from '../src/api/contracts/report';
import { REPORT_IDS_PER_CALL, RANGE_INCLUDES_TODAY_DETAIL_CODE, hourOf, presetDates } from '../src/api/rules/report-facts';
import { toReportDate } from '../src/api/rules/report-period';
import { addDays } from '../src/api/rules/schedule';
import { seoulToday } from '../src/api/rules/seoul-clock';
import { installMockWorld } from '../src/testing/mock-world';
import { WORK_HOURS } from './data/seed-builders';
import { AD_GROUP_IDS } from './data/seed-ad-groups';
import { BULK_COUNT, BULK_FIRST_ID } from './data/seed-bulk';
import { CAMPAIGN_IDS } from './data/seed-campaigns';
import { db } from './db';
import { adAccountId } from './handlers/test-bodies';

const world = installMockWorld();
const ID = AD_GROUP_IDS;
const today = () => seoulToday();

function report(query: Record<string, QueryValue>) {
  return apiRequest('/adGroups/report', { adAccountId, schema: ReportResponse, query: { level: 'AD_GROUP', timeUnit: 'DAY', metricsGroup: 'BASIC', ...query } });
}
async function refusal(query: Record<string, QueryValue>) {
  const error: unknown = await report(query).then(() => null, (e: unknown) => e);
  if (!isApiError(error)) throw new Error('expected a refusal');
  return error;
}
const past = (days: number) => ({ start: toReportDate(addDays(today(), -days)), end: toReportDate(addDays(today(), -1)) });
const sum = (rows: readonly ReportRow[], metric: string) => rows.reduce((a, r) => a + (r.metrics[metric] ?? 0), 0);

describe('sandbox report: shapes', () => {
  it('answers one row per group and day, in the documented shape, the same every time', async () => {
    const answer = await report({ adGroupId: [ID.displayLive, ID.displayOff], datePreset: 'LAST_7DAY' });
    const { start, end } = presetDates('LAST_7DAY', today());
    expect(answer.code).toBe(200);
    expect(answer.message).toBe('Success');
    expect(answer.data.length).toBeGreaterThan(0);
    for (const row of answer.data) {
      expect(row.dimensions.ad_group_id).toBe(String(ID.displayLive));
      expect(row.start).toBe(row.end);
      expect(row.start! >= toReportDate(start) && row.start! <= toReportDate(end)).toBe(true);
      expect(Object.keys(row.metrics).sort()).toEqual(['click', 'cost', 'imp']);
    }
    expect(await report({ adGroupId: [ID.displayLive, ID.displayOff], datePreset: 'LAST_7DAY' })).toEqual(answer);
  });

  it('delivers nothing while a group is OFF, deleted or stopped', async () => {
    const answer = await report({ adGroupId: [ID.displayOff, ID.displayDeleted, ID.displayAdminStop, ID.conversionExternalStop], datePreset: 'LAST_30DAY' });
    expect(answer.data).toEqual([]);
  });

  it('delivers nothing outside the group\'s dates', async () => {
    // displayWorkHours began 5 days ago.
    const rows = (await report({ adGroupId: ID.displayWorkHours, ...past(20) })).data;
    expect(rows.length).toBeGreaterThan(0);
    const begin = db.adGroup(adAccountId, ID.displayWorkHours)!.schedule!.beginDate!;
    expect(rows.every((r) => r.start! >= toReportDate(begin))).toBe(true);
  });

  it('never spends more than the daily budget on a day', async () => {
    const ids = Array.from({ length: BULK_COUNT }, (_, i) => BULK_FIRST_ID + i);
    const groups = db.adGroupsOf(adAccountId, CAMPAIGN_IDS.bulk);
    let days = 0;
    for (let i = 0; i < ids.length; i += REPORT_IDS_PER_CALL) {
      const rows = (await report({ adGroupId: ids.slice(i, i + REPORT_IDS_PER_CALL), datePreset: 'LAST_30DAY' })).data;
      for (const row of rows) {
        const group = groups.find((g) => String(g.id) === row.dimensions.ad_group_id)!;
        expect(row.metrics.cost).toBeLessThanOrEqual(group.dailyBudgetAmount!);
        expect(row.metrics.cost).toBeGreaterThan(0);
        days += 1;
      }
    }
    expect(days).toBeGreaterThan(100);
  });

  it('follows the schedule grid hour by hour, and the hours add up to the day', async () => {
    const yesterday = past(1);
    const hours = (await report({ adGroupId: ID.displayWorkHours, ...yesterday, dimension: 'HOUR' })).data;
    const day = (await report({ adGroupId: ID.displayWorkHours, ...yesterday })).data;
    const on = WORK_HOURS.flatMap((v, h) => (v === '1' ? [h] : []));
    expect(hours.map((r) => hourOf(String(r.dimensions.hour)))).toEqual(on);
    expect(sum(hours, 'cost')).toBe(day[0].metrics.cost);
    expect(sum(hours, 'imp')).toBe(day[0].metrics.imp);
  });

  it('splits a Display day by age, gender, device and placement, summing back to the day', async () => {
    const yesterday = past(1);
    const day = (await report({ adGroupId: ID.displayWorkHours, ...yesterday })).data[0];
    const group = db.adGroup(adAccountId, ID.displayWorkHours)!;
    for (const [dimension, key, values] of [
      ['AGE_BAND', 'age_band', null],
      ['GENDER', 'gender', null],
      ['DEVICE_TYPE', 'device_type', group.deviceTypes],
      ['PLACEMENT', 'placement', group.placements],
    ] as const) {
      const rows = (await report({ adGroupId: ID.displayWorkHours, ...yesterday, dimension })).data;
      expect(rows.length).toBeGreaterThan(1);
      expect(sum(rows, 'cost')).toBe(day.metrics.cost);
      if (values) expect(rows.map((r) => r.dimensions[key])).toEqual(values);
    }
  });

  it('answers Message groups for the message groups only, and Display groups for BASIC only', async () => {
    const range = { start: toReportDate(addDays(today(), -45)), end: toReportDate(addDays(today(), -15)) };
    const message = await report({ adGroupId: [ID.messageFinished, ID.displayLive], ...range, metricsGroup: 'MESSAGE,MESSAGE_CLICK' });
    expect(message.data).toHaveLength(1);
    expect(message.data[0].dimensions.ad_group_id).toBe(String(ID.messageFinished));
    expect(message.data[0].metrics.msg_send).toBeLessThanOrEqual(150_000);
    expect(message.data[0].metrics.msg_open).toBeLessThan(message.data[0].metrics.msg_send!);
    expect((await report({ adGroupId: ID.messageFinished, ...range })).data).toEqual([]);
  });

  it('gives today only through TODAY', async () => {
    const rows = (await report({ adGroupId: ID.displayLive, datePreset: 'TODAY' })).data;
    expect(rows.every((r) => r.start === toReportDate(today()))).toBe(true);
  });
});

describe('sandbox report: limits and errors', () => {
  it('refuses a range that includes today with 60008', async () => {
    const error = await refusal({ adGroupId: ID.displayLive, start: toReportDate(addDays(today(), -3)), end: toReportDate(today()) });
    expect(error.status).toBe(400);
    expect(error.detailCode).toBe(RANGE_INCLUDES_TODAY_DETAIL_CODE);
    expect(error.detailMsg).toBeTruthy();
  });

  it('refuses more than 31 days, too many ids, and a call without a period', async () => {
    expect((await refusal({ adGroupId: ID.displayLive, ...past(32) })).code).toBe(-2);
    expect((await report({ adGroupId: ID.displayLive, ...past(31) })).code).toBe(200);
    const ids = Array.from({ length: REPORT_IDS_PER_CALL + 1 }, (_, i) => BULK_FIRST_ID + i);
    expect((await refusal({ adGroupId: ids, datePreset: 'YESTERDAY' })).code).toBe(-2);
    expect((await refusal({ adGroupId: ID.displayLive })).code).toBe(-2);
  });

  it('refuses a second call within 5 s per ad account with 429 and -10', async () => {
    world.enableRateLimits();
    await report({ adGroupId: ID.displayLive, datePreset: 'YESTERDAY' });
    const error = await refusal({ adGroupId: ID.displayLive, datePreset: 'YESTERDAY' });
    expect(error.status).toBe(429);
    expect(error.code).toBe(-10);
    expect(error.isRateLimited).toBe(true);
    expect(error.retryAfterMs).toBeGreaterThan(0);
  });
});
