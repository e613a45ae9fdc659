import type { TFunction } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../api/api-error';
import { applyServerError, serverErrorTarget } from './apply-server-error';

const t = ((key: string) => key) as unknown as TFunction;
const FIELDS = { 32021: 'dailyBudgetAmount', 32016: 'pacing' };

function refusal(detailCode: number, detailMsg = '일예산은 10,000원 이상이어야 합니다.') {
  return new ApiError({ kind: 'kakao', status: 400, code: -813, detailCode, detailMsg, message: 'refused' });
}

describe('serverErrorTarget', () => {
  it('puts a refusal whose detail code names a field at that field, with Kakao’s detailMsg', () => {
    expect(serverErrorTarget(refusal(32021), FIELDS, t)).toEqual({
      kind: 'field',
      field: 'dailyBudgetAmount',
      message: '일예산은 10,000원 이상이어야 합니다.',
      lang: 'ko',
    });
  });

  it('shows an unmapped detail code in a banner', () => {
    const target = serverErrorTarget(refusal(32013, '지원하지 않습니다'), FIELDS, t);
    expect(target).toEqual({ kind: 'banner', error: expect.objectContaining({ message: '지원하지 않습니다' }) });
  });

  it('shows a network failure in a banner', () => {
    const target = serverErrorTarget(new ApiError({ kind: 'network', message: 'x' }), FIELDS, t);
    expect(target).toEqual({ kind: 'banner', error: { message: 'errors.network' } });
  });
});

describe('applyServerError', () => {
  it('sets the field error and reports the field, returning no banner', () => {
    const setFieldError = vi.fn();
    const onField = vi.fn();
    expect(applyServerError(refusal(32016, '페이싱'), FIELDS, t, { setFieldError, onField })).toBeNull();
    expect(setFieldError).toHaveBeenCalledWith('pacing', '페이싱');
    expect(onField).toHaveBeenCalledWith('pacing');
  });

  it('returns the banner and touches no field otherwise', () => {
    const setFieldError = vi.fn();
    expect(applyServerError(new Error('boom'), FIELDS, t, { setFieldError })).toEqual({ message: 'errors.unexpected' });
    expect(setFieldError).not.toHaveBeenCalled();
  });
});
