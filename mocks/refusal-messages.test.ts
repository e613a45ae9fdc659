import { describe, expect, it } from 'vitest';
import { RULE_IDS, violation } from '../src/api/rules/violation';
import { refuse } from './kakao-error';
import { FALLBACK_DETAIL_CODE, refusalMessage } from './refusal-messages';

describe('refusal messages', () => {
  it.each(RULE_IDS)('%s has a Korean message, with or without params', (rule) => {
    for (const params of [undefined, { min: 10_000, max: 100_000, value: 'X', expected: 20, step: 10, days: 30, hours: 24 }]) {
      const message = refusalMessage({ rule, params });
      expect(message).toMatch(/[가-힣]/);
      expect(message).not.toMatch(/undefined|NaN/);
    }
  });

  it('answers the first documented detail code, with every message', async () => {
    const response = refuse([violation('name', 'name.tooLong', { max: 50 }), violation('dailyBudgetAmount', 'budget.min', { min: 10_000 }, 32021)]);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { code: number; msg: string; extras: { detailCode: number; detailMsg: string } };
    expect(body).toMatchObject({ code: -813, msg: 'KakaoMomentException', extras: { detailCode: 32021 } });
    expect(body.extras.detailMsg).toBe('광고그룹 일예산은 최소 10,000보다 크거나 같아야 합니다. 광고그룹 이름은 최대 50자까지 입력할 수 있습니다.');
  });

  it('falls back to one code where Kakao documents none', async () => {
    const body = (await refuse([violation('name', 'name.tooLong', { max: 50 })]).json()) as { extras: { detailCode: number } };
    expect(body.extras.detailCode).toBe(FALLBACK_DETAIL_CODE);
  });
});
