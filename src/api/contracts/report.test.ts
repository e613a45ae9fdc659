import { describe, expect, it } from 'vitest';
import { asErrorEnvelope, ErrorEnvelope } from './error';
import { ReportQuery, ReportResponse } from './report';

/**
 * The samples of shared/spec/kakao-moment-report-api.md, as written there; the response's
 * placeholders ("yyyyMMdd", "…") are kept, only the trailing "…" of `metrics` is dropped.
 */
const SPEC_RESPONSE = {
  code: 200,
  message: 'Success',
  data: [
    {
      start: 'yyyyMMdd',
      end: 'yyyyMMdd',
      dimensions: { ad_group_id: '…', creative_id: '…', hour: '…' },
      metrics: { imp: 0, click: 0, cost: 0 },
    },
  ],
};
/** §5: "`data: []` when there is nothing to report". */
const SPEC_EMPTY = { code: 200, message: 'Success', data: [] };
/** §7: the envelope, with the 60008 refusal of a range that includes today. */
const SPEC_RANGE_REFUSAL = { code: -813, msg: 'KakaoMomentException', extras: { detailCode: 60008, detailMsg: '기간의 시작일과 종료일이 유효하지 않습니다.' } };

describe('report contract', () => {
  it('reads the spec\'s response and its empty answer', () => {
    const parsed = ReportResponse.parse(SPEC_RESPONSE);
    expect(parsed.data[0].metrics).toEqual({ imp: 0, click: 0, cost: 0 });
    expect(parsed.data[0].dimensions.ad_group_id).toBe('…');
    expect(ReportResponse.parse(SPEC_EMPTY).data).toEqual([]);
    expect(asErrorEnvelope(SPEC_RESPONSE)).toBeNull();
  });

  it('reads the spec\'s refusal as an error envelope', () => {
    expect(ErrorEnvelope.parse(SPEC_RANGE_REFUSAL).extras?.detailCode).toBe(60008);
    expect(asErrorEnvelope(SPEC_RANGE_REFUSAL)).not.toBeNull();
  });

  it('is lenient: numeric strings read as numbers, unknown metrics pass, junk reads as absent', () => {
    const parsed = ReportResponse.parse({
      data: [{ dimensions: null, metrics: { imp: '12', reach: 3, cost: 'n/a', click: null } }],
    });
    expect(parsed.data[0].metrics).toEqual({ imp: 12, reach: 3, cost: null, click: null });
    expect(parsed.data[0].dimensions).toEqual({});
    expect(ReportResponse.parse({ code: 200 }).data).toEqual([]);
  });

  it('reads the query the console sends', () => {
    const query = ReportQuery.parse({ adGroupId: '1,2, 3', datePreset: 'LAST_7DAY', metricsGroup: 'BASIC,MESSAGE' });
    expect(query).toMatchObject({ adGroupId: [1, 2, 3], level: 'AD_GROUP', timeUnit: 'DAY', metricsGroup: ['BASIC', 'MESSAGE'] });
    expect(ReportQuery.safeParse({ adGroupId: '', metricsGroup: 'BASIC' }).success).toBe(false);
    expect(ReportQuery.safeParse({ adGroupId: '1,x', metricsGroup: 'BASIC' }).success).toBe(false);
    expect(ReportQuery.safeParse({ adGroupId: '1', metricsGroup: 'BASIC', start: '2026-11-01' }).success).toBe(false);
  });
});
