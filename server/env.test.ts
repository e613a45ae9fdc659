import { describe, expect, it } from 'vitest';
import { modeOf, parseServerEnv } from './env';

describe('server env', () => {
  it('has the documented defaults and means sandbox without a token', () => {
    const env = parseServerEnv({});
    expect(env).toEqual({
      PORT: 4173,
      HOST: '127.0.0.1',
      KAKAO_API_BASE: 'https://apis.moment.kakao.com',
      KAKAO_API_TIMEOUT_MS: 15_000,
      SANDBOX_RATE_LIMIT: 'on',
      DATA_DIR: './data',
      HISTORY_RETENTION_DAYS: 730,
      KAKAO_AUTH_BASE: 'https://kauth.kakao.com',
      KAKAO_KAPI_BASE: 'https://kapi.kakao.com',
      SESSION_IDLE_HOURS: 12,
      SESSION_MAX_DAYS: 7,
      ALLOW_SHARED_TOKEN_ON_NETWORK: '0',
    });
    expect(modeOf(env)).toBe('sandbox');
    expect(modeOf(parseServerEnv({ KAKAO_BUSINESS_TOKEN: '   ' }))).toBe('sandbox');
  });

  it('reads every variable', () => {
    const env = parseServerEnv({
      PORT: '8080',
      HOST: '0.0.0.0',
      KAKAO_BUSINESS_TOKEN: ' abc.DEF-123 ',
      KAKAO_API_BASE: 'http://localhost:9000/',
      KAKAO_API_TIMEOUT_MS: '500',
      SANDBOX_RATE_LIMIT: 'OFF',
      DATA_DIR: '/var/lib/console',
      DATABASE_URL: 'postgres://u:p@127.0.0.1/console',
      HISTORY_RETENTION_DAYS: '365',
    });
    expect(env).toMatchObject({
      PORT: 8080,
      HOST: '0.0.0.0',
      KAKAO_BUSINESS_TOKEN: 'abc.DEF-123',
      KAKAO_API_BASE: 'http://localhost:9000',
      KAKAO_API_TIMEOUT_MS: 500,
      SANDBOX_RATE_LIMIT: 'off',
      DATA_DIR: '/var/lib/console',
      DATABASE_URL: 'postgres://u:p@127.0.0.1/console',
      HISTORY_RETENTION_DAYS: 365,
    });
    expect(modeOf(env)).toBe('live');
  });

  it('treats empty variables as unset', () => {
    expect(parseServerEnv({ PORT: '', KAKAO_API_TIMEOUT_MS: '', SANDBOX_RATE_LIMIT: '' })).toMatchObject({
      PORT: 4173,
      KAKAO_API_TIMEOUT_MS: 15_000,
      SANDBOX_RATE_LIMIT: 'on',
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ KAKAO_API_BASE: 'ftp://example.com' }, 'KAKAO_API_BASE'],
    [{ KAKAO_API_BASE: 'not a url' }, 'KAKAO_API_BASE'],
    [{ KAKAO_API_TIMEOUT_MS: '0' }, 'KAKAO_API_TIMEOUT_MS'],
    [{ SANDBOX_RATE_LIMIT: 'maybe' }, 'SANDBOX_RATE_LIMIT'],
  ])('refuses %j, naming %s', (source, name) => {
    expect(() => parseServerEnv(source)).toThrow(name);
  });

  it('refuses a token that is not one header value, without printing it', () => {
    const token = 'secret token\nwith-newline';
    expect(() => parseServerEnv({ KAKAO_BUSINESS_TOKEN: token })).toThrow('KAKAO_BUSINESS_TOKEN');
    try {
      parseServerEnv({ KAKAO_BUSINESS_TOKEN: token });
    } catch (error) {
      expect(String(error)).not.toContain('secret');
    }
  });

  const SIGN_IN = {
    KAKAO_REST_API_KEY: 'rest-key',
    KAKAO_CLIENT_SECRET: 'client-secret',
    KAKAO_REDIRECT_URI: 'https://console.example/auth/callback',
  };

  it('means business sign-in when its three settings and a long SESSION_SECRET are set', () => {
    const env = parseServerEnv({ ...SIGN_IN, SESSION_SECRET: 'x'.repeat(32), KAKAO_AUTH_BASE: 'http://127.0.0.1:9/' });
    expect(modeOf(env)).toBe('business');
    expect(env.KAKAO_AUTH_BASE).toBe('http://127.0.0.1:9');
  });

  it.each([
    [{ ...SIGN_IN }, 'SESSION_SECRET'],
    [{ ...SIGN_IN, SESSION_SECRET: 'short' }, 'SESSION_SECRET'],
    [{ KAKAO_REST_API_KEY: 'rest-key' }, 'KAKAO_CLIENT_SECRET'],
    [{ KAKAO_REST_API_KEY: 'rest-key', KAKAO_CLIENT_SECRET: 'x' }, 'KAKAO_REDIRECT_URI'],
    [{ ...SIGN_IN, SESSION_SECRET: 'x'.repeat(32), KAKAO_BUSINESS_TOKEN: 'tok' }, 'KAKAO_BUSINESS_TOKEN'],
    [{ REDIS_URL: 'http://127.0.0.1:6379' }, 'REDIS_URL'],
  ])('refuses %j, naming %s', (source, name) => {
    expect(() => parseServerEnv(source)).toThrow(name);
  });

  it('never prints the client secret or the session secret', () => {
    try {
      parseServerEnv({ ...SIGN_IN, KAKAO_CLIENT_SECRET: 'very-secret-value', SESSION_SECRET: 'short-secret' });
      expect.unreachable();
    } catch (error) {
      expect(String(error)).not.toContain('very-secret-value');
      expect(String(error)).not.toContain('short-secret');
    }
  });
});
