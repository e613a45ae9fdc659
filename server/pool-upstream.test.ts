import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { MAX_UPSTREAM_BYTES } from './proxy';
import { JSON_TYPE, TOKEN } from './test-kit';

// The live default, not a fake: the proxy's own undici pool against a local "Kakao".
type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;
let handler: Handler;
let kakao: Server;
const sockets = new Set<Socket>();
const lines: string[] = [];
let app: ReturnType<typeof createApp>;
let apiBase: string;

beforeAll(async () => {
  kakao = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => handler(req, res, body));
  });
  kakao.on('connection', (socket) => sockets.add(socket));
  await new Promise<void>((resolve) => kakao.listen(0, '127.0.0.1', resolve));
  const { port } = kakao.address() as AddressInfo;
  apiBase = `http://127.0.0.1:${port}`;
  app = createApp({ mode: 'live', token: TOKEN, apiBase, timeoutMs: 500, log: (line) => lines.push(line) });
});
afterAll(() => {
  kakao.closeAllConnections();
  return new Promise<void>((resolve) => kakao.close(() => resolve()));
});

describe('live proxy over the undici pool', () => {
  it('forwards only the headers it builds, and reuses its connections (keep-alive)', async () => {
    const seen: IncomingMessage['headers'][] = [];
    handler = (req, res, body) => {
      seen.push(req.headers);
      res.setHeader('Content-Type', 'application/json');
      res.setHeader('Set-Cookie', 'k=v');
      res.end(JSON.stringify({ path: req.url, method: req.method, body }));
    };
    const before = sockets.size;
    for (let i = 0; i < 8; i++) {
      const res = await app.request('/api/adGroups/onOff', {
        method: 'PUT',
        headers: { ...JSON_TYPE, adAccountId: '5', Cookie: 'a=b', Authorization: 'Bearer browser' },
        body: '{"id":1,"config":"OFF"}',
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('set-cookie')).toBeNull();
      expect(await res.json()).toEqual({ path: '/openapi/v4/adGroups/onOff', method: 'PUT', body: '{"id":1,"config":"OFF"}' });
    }
    // undici may open a second socket while the first is released; never one per request.
    expect(sockets.size - before).toBeLessThanOrEqual(2);
    expect(seen.at(-1)?.authorization).toBe(`Bearer ${TOKEN}`);
    expect(seen.at(-1)?.adaccountid).toBe('5');
    expect(seen.at(-1)?.cookie).toBeUndefined();
  });

  it('answers 504 when Kakao sends no headers in time', async () => {
    handler = () => undefined; // never answers
    const res = await app.request('/api/campaigns');
    expect(res.status).toBe(504);
    expect(await res.json()).toMatchObject({ error: 'upstream_timeout' });
  });

  it('answers 504 when the body stalls after the headers', async () => {
    handler = (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"content":[');
    };
    expect((await app.request('/api/campaigns')).status).toBe(504);
  });

  it('answers 502 for a body above the cap, without holding it all', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    handler = (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      let sent = 0;
      const pump = () => {
        while (sent <= MAX_UPSTREAM_BYTES && !res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    };
    // A generous deadline: the cap, not the clock, must stop this one on a busy machine.
    const patient = createApp({ mode: 'live', token: TOKEN, apiBase, timeoutMs: 60_000, log: (line) => lines.push(line) });
    const res = await patient.request('/api/campaigns');
    expect(res.status).toBe(502);
    expect(lines.join('\n')).toContain(`answer above ${MAX_UPSTREAM_BYTES} bytes`);
  });

  it('scrubs an echoed token and still works after all of the above', async () => {
    handler = (req, res) => {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ echoed: req.headers.authorization }));
    };
    const res = await app.request('/api/campaigns');
    expect(res.status).toBe(200);
    expect(await res.text()).not.toContain(TOKEN);
  });
});
