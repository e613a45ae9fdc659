import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error';
import { shouldRetry } from './query-client';

const kakao = (status: number, code = -813) => new ApiError({ kind: 'kakao', status, code, message: 'refused' });

describe('shouldRetry', () => {
  it('retries a network error or a timeout once', () => {
    const network = new ApiError({ kind: 'network', message: 'down' });
    expect(shouldRetry(0, network)).toBe(true);
    expect(shouldRetry(1, network)).toBe(false);
    expect(shouldRetry(0, new ApiError({ kind: 'timeout', message: 'slow' }))).toBe(true);
  });

  it('never retries a 4xx refusal from Kakao, an auth error or a rate limit', () => {
    expect(shouldRetry(0, kakao(400))).toBe(false);
    expect(shouldRetry(0, kakao(403, -5))).toBe(false);
    expect(shouldRetry(0, kakao(429))).toBe(false);
  });

  it('retries a 5xx once', () => {
    expect(shouldRetry(0, kakao(500))).toBe(true);
    expect(shouldRetry(0, new ApiError({ kind: 'http', status: 502, message: 'bad gateway' }))).toBe(true);
    expect(shouldRetry(1, kakao(500))).toBe(false);
  });

  it('never retries a malformed answer or a bug', () => {
    expect(shouldRetry(0, new ApiError({ kind: 'malformed', status: 200, message: 'bad' }))).toBe(false);
    expect(shouldRetry(0, new TypeError('x is undefined'))).toBe(false);
  });
});
