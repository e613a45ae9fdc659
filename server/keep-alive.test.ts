import { serve, type ServerType } from '@hono/node-server';
import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from './security';
import { fakeUpstream, liveApp } from './test-kit';

// A real socket: app.request() has no connection to reuse.
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

function send(agent: Agent, method: string, path: string, body?: Buffer) {
  return new Promise<{ status: number; headers: Record<string, unknown> }>((resolve, reject) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (body) headers['Content-Length'] = String(body.length);
    const req = request({ host: '127.0.0.1', port, method, path, agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('413 on a keep-alive connection', () => {
  it('closes the connection, so the next request on the same agent succeeds', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const tooBig = await send(agent, 'POST', '/api/adGroups', Buffer.alloc(MAX_BODY_BYTES + 1, 0x20));
      expect(tooBig.status).toBe(413);
      expect(tooBig.headers.connection).toBe('close');
      expect((await send(agent, 'GET', '/api/campaigns')).status).toBe(200);
    } finally {
      agent.destroy();
    }
  });
});
