import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { REPORT_GAP_MS, REPORT_IDS_PER_CALL } from '../../../api/rules/report-facts';
import { installMockWorld, TEST_API_BASE } from '../../../testing/mock-world';
import { createRequestPacer, type PacerClock } from '../../ad-groups/api/request-pacer';
import { requestReport, type ReportAsk } from './report-request';

const world = installMockWorld();

/** Virtual time: a wait moves the clock instead of sleeping. */
function virtualClock() {
  const clock = { t: 0, now: () => clock.t, sleep: async (ms: number) => void (clock.t += ms) };
  return clock satisfies PacerClock;
}

interface Seen {
  at: number;
  query: Record<string, string>;
  adAccountId: string | null;
}

/** Answers the report with one row per asked-for id; a status code per call number, when given. */
function recordReports(clock: { t: number }, statuses: Record<number, number> = {}) {
  const seen: Seen[] = [];
  world.server.use(
    http.get(`${TEST_API_BASE}/adGroups/report`, ({ request }) => {
      const url = new URL(request.url);
      seen.push({ at: clock.t, query: Object.fromEntries(url.searchParams), adAccountId: request.headers.get('adAccountId') });
      if (statuses[seen.length] === 429) return HttpResponse.json({ code: -10, msg: 'too many', extras: {} }, { status: 429 });
      const ids = url.searchParams.get('adGroupId')!.split(',');
      return HttpResponse.json({ code: 200, message: 'Success', data: ids.map((id) => ({ dimensions: { ad_group_id: id }, metrics: { imp: 1 } })) });
    }),
  );
  return seen;
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => 500 + i);
const ask = (over: Partial<ReportAsk>): ReportAsk => ({
  adAccountId: 7,
  adGroupIds: ids(45),
  period: { kind: 'preset', preset: 'last7' },
  today: '2026-12-02',
  metricsGroups: ['BASIC'],
  ...over,
});

describe('report requests', () => {
  it('batches the ids and paces the calls 5 s apart per ad account', async () => {
    const clock = virtualClock();
    const seen = recordReports(clock);
    const pacer = createRequestPacer({ clock, marginMs: 0 });
    const batches: number[] = [];
    const rows = await requestReport(ask({}), { pacer, onBatch: (batch) => batches.push(batch.length) });

    expect(rows).toHaveLength(45);
    expect(seen).toHaveLength(Math.ceil(45 / REPORT_IDS_PER_CALL));
    expect(batches).toEqual([20, 20, 5]);
    expect(seen.map((s) => s.at)).toEqual([0, REPORT_GAP_MS, 2 * REPORT_GAP_MS]);
    expect(seen[0].query).toMatchObject({ level: 'AD_GROUP', datePreset: 'LAST_7DAY', timeUnit: 'DAY', metricsGroup: 'BASIC' });
    expect(seen[0].query.adGroupId).toBe(ids(20).join(','));
    expect(seen.every((s) => s.adAccountId === '7')).toBe(true);

    // Another account has its own allowance: it goes at once.
    await requestReport(ask({ adAccountId: 8, adGroupIds: [1] }), { pacer });
    expect(seen.at(-1)?.at).toBe(2 * REPORT_GAP_MS);
  });

  it('asks for a range that ends today in two calls per batch', async () => {
    const clock = virtualClock();
    const seen = recordReports(clock);
    await requestReport(ask({ adGroupIds: [1, 2], period: { kind: 'custom', start: '2026-11-28', end: '2026-12-02' } }), {
      pacer: createRequestPacer({ clock, marginMs: 0 }),
    });
    expect(seen.map((s) => [s.query.start, s.query.end, s.query.datePreset])).toEqual([
      ['20261128', '20261201', undefined],
      [undefined, undefined, 'TODAY'],
    ]);
  });

  it('waits after a 429 and tries again, telling the caller it waits', async () => {
    const clock = virtualClock();
    const seen = recordReports(clock, { 1: 429 });
    const waits: number[] = [];
    const rows = await requestReport(ask({ adGroupIds: [1] }), { pacer: createRequestPacer({ clock, marginMs: 0 }), onWait: (at) => waits.push(at) });
    expect(rows).toHaveLength(1);
    expect(seen.map((s) => s.at)).toEqual([0, REPORT_GAP_MS]);
    expect(waits).toEqual([REPORT_GAP_MS]);
  });
});
