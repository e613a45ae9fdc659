import { describe, expect, it } from 'vitest';
import { LIVE_ROUTES, SANDBOX_ROUTES, isAllowedRoute } from './allowlist';

function concrete(route: string): [string, string] {
  const [method, path] = route.split(' ');
  return [method, path.replaceAll('{id}', '123')];
}

describe('allowlist', () => {
  it('holds exactly the console endpoints', () => {
    expect(LIVE_ROUTES).toHaveLength(30);
    expect(new Set(LIVE_ROUTES).size).toBe(LIVE_ROUTES.length);
  });

  it.each(LIVE_ROUTES)('allows %s in both modes', (route) => {
    const [method, path] = concrete(route);
    expect(isAllowedRoute('live', method, path)).toBe(true);
    expect(isAllowedRoute('sandbox', method, path)).toBe(true);
  });

  it.each(LIVE_ROUTES.filter((route) => route.includes('{id}')))('wants all digits for {id} in %s', (route) => {
    const [method, path] = route.split(' ');
    for (const id of ['abc', '1a', '', '-1', '1.5']) {
      expect(isAllowedRoute('live', method, path.replaceAll('{id}', id))).toBe(false);
    }
  });

  it('allows the reset endpoint only in sandbox mode', () => {
    expect(SANDBOX_ROUTES).toContain('POST /__sandbox/reset');
    expect(isAllowedRoute('sandbox', 'POST', '/__sandbox/reset')).toBe(true);
    expect(isAllowedRoute('live', 'POST', '/__sandbox/reset')).toBe(false);
    expect(isAllowedRoute('sandbox', 'GET', '/__sandbox/reset')).toBe(false);
  });

  it.each([
    ['DELETE', '/campaigns/1'],
    ['PUT', '/campaigns'],
    ['GET', '/reports'],
    ['GET', '/adGroups/1/report'],
    ['POST', '/adGroups/report'],
    ['GET', '/campaigns/report'],
    ['GET', '/adAccounts/report'],
    ['GET', '/creatives/report'],
    ['GET', '/creatives'],
    ['POST', '/adGroups/1'],
    ['GET', '/adGroups/'],
    ['GET', '/ADGROUPS'],
    ['GET', '/adGroups/onOff'],
    ['GET', '/targetings/location/depth4'],
    ['HEAD', '/adGroups'],
    ['get', '/adGroups'],
    ['GET', 'adGroups'],
    ['GET', '/adGroups/1/../2'],
  ])('refuses %s %s', (method, path) => {
    expect(isAllowedRoute('live', method, path)).toBe(false);
    expect(isAllowedRoute('sandbox', method, path)).toBe(false);
  });
});
