import { serve, type ServerType } from '@hono/node-server';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, MAX_BODY_BYTES } from './security';
import { fakeUpstream, liveApp } from './test-kit';

// On the node server the security headers go on the node response before hono answers
// (server/security.ts): only a real socket shows that path; app.request() takes the other.
let server: ServerType;
let port: number;

beforeAll(async () => {
  const { app } = liveApp(fakeUpstream().fetch);
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function send(method: string, path: string, body?: Buffer) {
  return new Promise<{ status: number; raw: string[] }>((resolve, reject) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', adAccountId: '1' };
    if (body) headers['Content-Length'] = String(body.length);
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, raw: res.rawHeaders }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Each header's values as sent on the wire, so a header set twice shows twice. */
function valuesOf(raw: string[], name: string): string[] {
  const values: string[] = [];
  for (let i = 0; i < raw.length; i += 2) if (raw[i].toLowerCase() === name) values.push(raw[i + 1]);
  return values;
}

describe('security headers on the node server', () => {
  it.each([
    ['a proxied read', 'GET', '/api/campaigns', undefined, 200],
    ['a proxied change', 'PUT', '/api/adGroups/onOff', Buffer.from('{"id":1,"config":"OFF"}'), 200],
    ['a refused path', 'GET', '/api/nowhere', undefined, 404],
    ['a body above the limit', 'POST', '/api/adGroups', Buffer.alloc(MAX_BODY_BYTES + 1, 0x20), 413],
  ])('are sent once each on %s', async (_, method, path, body, status) => {
    const res = await send(method, path, body);
    expect(res.status).toBe(status);
    expect(valuesOf(res.raw, 'content-security-policy')).toEqual([CONTENT_SECURITY_POLICY]);
    expect(valuesOf(res.raw, 'x-content-type-options')).toEqual(['nosniff']);
    expect(valuesOf(res.raw, 'referrer-policy')).toEqual(['no-referrer']);
    expect(valuesOf(res.raw, 'x-frame-options')).toEqual(['DENY']);
    expect(valuesOf(res.raw, 'cross-origin-opener-policy')).toEqual(['same-origin']);
  });
});
