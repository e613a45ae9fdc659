import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/api-error';
import { notify } from '../components/notify';
import { en } from '../i18n/en';
import { initI18n } from '../i18n/i18n';
import { createQueryClient, shouldRetry } from './query-client';

vi.mock('../components/notify', () => ({ notify: vi.fn() }));

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

describe('global error notifications', () => {
  const refused = () => Promise.reject(kakao(400));

  it('notify a failed background refetch, not a failed first load (the page shows that one)', async () => {
    initI18n('en', { en });
    const client = createQueryClient();
    await client.fetchQuery({ queryKey: ['first'], queryFn: refused }).catch(() => undefined);
    expect(notify).not.toHaveBeenCalled();

    client.setQueryData(['loaded'], 'old');
    await client.fetchQuery({ queryKey: ['loaded'], queryFn: refused, staleTime: 0 }).catch(() => undefined);
    expect(notify).toHaveBeenCalledWith(expect.objectContaining({ title: 'Could not load the latest data' }));
  });
});
