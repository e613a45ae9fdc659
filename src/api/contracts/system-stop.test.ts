import { describe, expect, it } from 'vitest';
import { systemStopReasonAdminStopResponse, systemStopReasonExternalStopResponse, systemStopReasonListResponse } from './spec-samples';
import { SystemStopReason, SystemStopReasonList } from './system-stop';

describe('SystemStopReason', () => {
  it('reads the detail reason only where Kakao has one', () => {
    expect(SystemStopReason.parse(systemStopReasonAdminStopResponse).detailReason).toBeUndefined();
    expect(SystemStopReason.parse(systemStopReasonExternalStopResponse).detailReason).toMatch(/2022년 7월 15일/);
  });

  it('accepts a system status Kakao adds later, but needs an id', () => {
    expect(SystemStopReason.parse({ id: 1, systemConfig: 'POLICY_STOP' }).systemConfig).toBe('POLICY_STOP');
    expect(SystemStopReason.safeParse({ systemConfig: 'ADMIN_STOP', reason: 'x' }).success).toBe(false);
  });

  it('reads the history as a bare array, newest first as sent', () => {
    expect(SystemStopReasonList.parse(systemStopReasonListResponse).map((r) => r.id)).toEqual([1235, 1234]);
    expect(SystemStopReasonList.safeParse({ content: systemStopReasonListResponse }).success).toBe(false);
  });
});
