import { HttpResponse } from 'msw';
import type { Violation } from '../src/api/rules/violation';
import { FALLBACK_DETAIL_CODE, refusalMessage } from './refusal-messages';

/** Kakao's exception name, the same for every refusal (related-endpoints.md, Errors). */
export const KAKAO_EXCEPTION = 'KakaoMomentException';

/** Detail codes the mock uses outside the rules (the reference's samples and related-endpoints.md). */
export const MOCK_DETAIL_CODES = {
  adGroupNotFound: 32001,
  /** "6003 and 21006 (ad account not found)": 21006 is the one used here. */
  adAccountNotFound: 21006,
} as const;

/**
 * Kakao's error envelope: `{code, msg: 'KakaoMomentException', extras: {detailCode, detailMsg}}`.
 * -813 with HTTP 400 is a refusal; -813 with 429 the per-ad-group quota (mocks/rate-limit.ts).
 */
export function kakaoError(status: number, detailCode: number, detailMsg: string, code = -813): Response {
  return HttpResponse.json({ code, msg: KAKAO_EXCEPTION, extras: { detailCode, detailMsg } }, { status });
}

export function adGroupNotFound(): Response {
  return kakaoError(400, MOCK_DETAIL_CODES.adGroupNotFound, '광고그룹이 존재하지 않습니다.');
}

/**
 * One refusal for a list of violations. Kakao reports one problem at a time, so the
 * envelope carries the first violation that has a documented detail code (those are the
 * ones a client can act on), or else the first one. Every violation's message is joined
 * into detailMsg so a person reading it sees them all.
 */
export function refuse(violations: readonly Violation[]): Response {
  if (violations.length === 0) throw new Error('refuse() needs at least one violation');
  const lead = violations.find((v) => v.detailCode !== undefined) ?? violations[0];
  const rest = violations.filter((v) => v !== lead);
  const detailMsg = [lead, ...rest].map(refusalMessage).join(' ');
  return kakaoError(400, lead.detailCode ?? FALLBACK_DETAIL_CODE, detailMsg);
}
