import { apiRequest } from '../../../api/client';
import { ReportResponse, type ReportDimension, type ReportRow } from '../../../api/contracts/report';
import { reportBatches } from '../../../api/rules/report-batches';
import type { MetricsGroup } from '../../../api/rules/report-facts';
import { reportWindows, type Period, type ReportWindow } from '../../../api/rules/report-period';
import { requestPacer, type RequestPacer } from '../../ad-groups/api/request-pacer';

export interface ReportAsk {
  adAccountId: number;
  adGroupIds: readonly number[];
  period: Period;
  /** yyyy-MM-dd in Seoul, from the caller, so one request never straddles midnight. */
  today: string;
  metricsGroups: readonly MetricsGroup[];
  dimension?: ReportDimension;
}

export interface ReportRequestOptions {
  signal?: AbortSignal;
  /** Told when a call must wait for the 5-s gap, with the time it is due to leave. */
  onWait?: (sendAt: number) => void;
  /** Told when a batch's rows are in, so rows fill as their batch arrives. */
  onBatch?: (ids: readonly number[], rows: readonly ReportRow[]) => void;
  pacer?: RequestPacer;
}

function callReport(ask: ReportAsk, ids: readonly number[], window: ReportWindow, signal?: AbortSignal) {
  return apiRequest('/adGroups/report', {
    adAccountId: ask.adAccountId,
    signal,
    schema: ReportResponse,
    query: {
      adGroupId: ids,
      level: 'AD_GROUP',
      ...window,
      timeUnit: 'DAY',
      metricsGroup: ask.metricsGroups,
      dimension: ask.dimension,
    },
  });
}

/**
 * The report for many ad groups: batched as the API allows (never a call per row), each
 * call through the app's one pacer (one report call per 5 s per ad account; a 429 waits
 * and goes again). Batches go in the order of the ids, so pass the rows on screen first.
 */
export async function requestReport(ask: ReportAsk, { signal, onWait, onBatch, pacer = requestPacer }: ReportRequestOptions = {}) {
  const windows = reportWindows(ask.period, ask.today);
  const rows: ReportRow[] = [];
  for (const ids of reportBatches(ask.adGroupIds)) {
    const batch: ReportRow[] = [];
    for (const window of windows) {
      const answer = await pacer.schedule(
        { adAccountId: ask.adAccountId, key: 'report' },
        () => callReport(ask, ids, window, signal),
        { signal, onWait },
      );
      batch.push(...answer.data);
    }
    onBatch?.(ids, batch);
    rows.push(...batch);
  }
  return rows;
}
