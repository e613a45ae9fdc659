import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_START_MS } from './store/test-stores';
import { TOKEN } from './test-kit';

// Runs the real entry point as `npm run serve` does, to check what app.request() cannot:
// raw request targets on a socket, the start-up line, and the process's own output.
const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Seen {
  url: string;
  headers: IncomingHttpHeaders;
}

function startServer(
  env: Record<string, string>,
  entry: readonly string[] = ['--import', 'tsx', 'server/main.ts'],
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, entry, {
    cwd: ROOT,
    // In-memory history store: spawned servers must not share one on-disk PGlite.
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', DATA_DIR: 'memory://', ...env },
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Moment Console on (http:\/\/\S+)/.exec(output);
      if (match) resolve({ child, url: match[1], output: () => output });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
}

/** node:http sends the path byte for byte, unlike fetch, which would resolve `..`. */
function rawGet(
  base: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string; headers: IncomingHttpHeaders }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('server/main.ts in live mode', () => {
  const seen: Seen[] = [];
  let kakao: Server;
  let server: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    kakao = createServer((req, res) => {
      seen.push({ url: req.url ?? '', headers: req.headers });
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ content: [], echoed: req.headers.authorization }));
    });
    await new Promise<void>((resolve) => kakao.listen(0, '127.0.0.1', resolve));
    const { port } = kakao.address() as AddressInfo;
    server = await startServer({ KAKAO_BUSINESS_TOKEN: TOKEN, KAKAO_API_BASE: `http://127.0.0.1:${port}` });
  }, 20_000);

  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await new Promise<void>((resolve) => kakao.close(() => resolve()));
  });

  it('logs one start-up line with the URL and the mode, never the token', () => {
    expect(server.output()).toMatch(/^Moment Console on http:\/\/127\.0\.0\.1:\d+ \(live mode: \/api → http:\/\/127\.0\.0\.1:\d+\/openapi\/v4\)$/m);
    expect(server.output()).not.toContain(TOKEN);
  });

  it('proxies with the token and keeps the query string, and scrubs an echoed token', async () => {
    const res = await rawGet(server.url, '/api/adGroups?campaignId=1', { Cookie: 'a=b', adAccountId: '5' });
    expect(res.status).toBe(200);
    expect(res.body).not.toContain(TOKEN);
    const last = seen.at(-1);
    expect(last?.url).toBe('/openapi/v4/adGroups?campaignId=1');
    expect(last?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(last?.headers.adaccountid).toBe('5');
    expect(last?.headers.cookie).toBeUndefined();
  });

  it.each(['/api/%2e%2e/x', '/api/adGroups/1/..', '/api/.%2E/campaigns/1', '/api/adGroups/..%2fcampaigns', '/api//evil.com/x'])(
    'refuses the raw target %s with a 4xx and forwards nothing',
    async (path) => {
      const before = seen.length;
      const res = await rawGet(server.url, path);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(seen.length).toBe(before);
    },
  );

  it('answers 403 to a foreign Host name (DNS rebinding)', async () => {
    const res = await rawGet(server.url, '/api/campaigns', { Host: 'evil.example' });
    expect(res.status).toBe(403);
  });

  it('never prints the token', () => {
    expect(server.output()).not.toContain(TOKEN);
  });
});

describe('server/main.ts in sandbox mode (no token)', () => {
  let server: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    server = await startServer({ SANDBOX_RATE_LIMIT: 'off' });
  }, 20_000);
  afterAll(() => {
    server?.child.kill('SIGTERM');
  });

  it('says in its start-up line that this is a sandbox', () => {
    expect(server.output()).toMatch(
      /^Moment Console on http:\/\/127\.0\.0\.1:\d+ \(sandbox mode: the built-in mock Kakao Moment answers, data lasts until restart, rate limits off\)$/m,
    );
  });

  it('answers the look-ups from the mock world, and resets it', async () => {
    const pages = await rawGet(server.url, '/api/adAccounts/pages?config=ON,OFF');
    expect(pages.status).toBe(200);
    expect(JSON.parse(pages.body).content.length).toBeGreaterThan(0);
    const reset = await new Promise<number>((resolve, reject) => {
      const { hostname, port } = new URL(server.url);
      request({ hostname, port, path: '/api/__sandbox/reset', method: 'POST', headers: { 'Content-Type': 'application/json' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
        .on('error', reject)
        .end();
    });
    expect(reset).toBeLessThan(300);
  });
});

describe('the compiled server (what npm start runs)', () => {
  // Inside node_modules, so the bundle's bare imports (hono, msw…) resolve as in dist-server/.
  const outDir = 'node_modules/.tmp/dist-server-test';
  let server: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    await build({ configFile: 'vite.server.config.ts', root: ROOT, logLevel: 'warn', build: { outDir } });
    server = await startServer({ SANDBOX_RATE_LIMIT: 'off' }, [`${outDir}/main.js`]);
  }, 60_000);
  afterAll(() => {
    server?.child.kill('SIGTERM');
  });

  it('starts as plain JavaScript, without tsx, and answers from the sandbox', async () => {
    const pages = await rawGet(server.url, '/api/adAccounts/pages?config=ON,OFF');
    expect(pages.status).toBe(200);
    expect(JSON.parse(pages.body).content.length).toBeGreaterThan(0);
  });
});

describe('server/main.ts with a shared token', () => {
  it('refuses a non-loopback HOST, saying why', async () => {
    await expect(startServer({ KAKAO_BUSINESS_TOKEN: TOKEN, HOST: '0.0.0.0' })).rejects.toThrow(/anyone on the network would act as its owner/);
  });

  it('serves the network when ALLOW_SHARED_TOKEN_ON_NETWORK=1', async () => {
    const server = await startServer({ KAKAO_BUSINESS_TOKEN: TOKEN, HOST: '0.0.0.0', ALLOW_SHARED_TOKEN_ON_NETWORK: '1' });
    server.child.kill('SIGTERM');
    expect(server.output()).toMatch(/Moment Console on http:\/\/0\.0\.0\.0:\d+ \(live mode/);
  });
});

describe('server/main.ts in business sign-in mode, against a fake Kakao on loopback', () => {
  const authorizations: (string | undefined)[] = [];
  let kakao: Server;
  let server: Awaited<ReturnType<typeof startServer>>;
  let dataDir: string;

  beforeAll(async () => {
    // One loopback fake for kauth, kapi and the Moment API: a code `c-<name>` becomes the token `biz-<name>`.
    kakao = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        res.setHeader('Content-Type', 'application/json');
        if (req.url === '/oauth/business/token') {
          const code = new URLSearchParams(body).get('code') ?? '';
          res.end(JSON.stringify({ access_token: `biz-${code.slice(2)}-secret`, token_type: 'bearer', scope: 'moment_management' }));
          return;
        }
        if (req.url?.startsWith('/openapi/')) authorizations.push(req.headers.authorization);
        res.end(JSON.stringify({ content: [] }));
      });
    });
    await new Promise<void>((resolve) => kakao.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(kakao.address() as AddressInfo).port}`;
    dataDir = mkdtempSync(join(tmpdir(), 'mc-auth-'));
    server = await startServer({
      KAKAO_REST_API_KEY: 'rest-key',
      KAKAO_CLIENT_SECRET: 'client-secret',
      KAKAO_REDIRECT_URI: 'http://127.0.0.1/auth/callback',
      SESSION_SECRET: 's'.repeat(40),
      KAKAO_AUTH_BASE: base,
      KAKAO_KAPI_BASE: base,
      KAKAO_API_BASE: base,
      DATA_DIR: dataDir,
    });
  }, STORE_START_MS);

  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await new Promise<void>((resolve) => kakao.close(() => resolve()));
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function signIn(name: string): Promise<string> {
    const login = await rawGet(server.url, '/auth/login?returnTo=/');
    const state = new URL(login.headers.location ?? '').searchParams.get('state') ?? '';
    const stateCookie = (login.headers['set-cookie'] ?? [])[0].split(';')[0];
    const done = await rawGet(server.url, `/auth/callback?code=c-${name}&state=${encodeURIComponent(state)}`, { Cookie: stateCookie });
    expect(done.status).toBe(302);
    return (done.headers['set-cookie'] ?? []).find((line) => line.startsWith('mc_session='))?.split(';')[0] ?? '';
  }

  it('says so at start-up, naming where sessions live', () => {
    expect(server.output()).toMatch(/business sign-in mode: .*sessions in the embedded store/);
  });

  it('sends two users signed in at once to Kakao each with their own token, and prints neither', async () => {
    const alice = await signIn('alice');
    const bob = await signIn('bob');
    await rawGet(server.url, '/api/campaigns', { Cookie: alice, adAccountId: '1' });
    await rawGet(server.url, '/api/campaigns', { Cookie: bob, adAccountId: '2' });
    expect(authorizations.slice(-2)).toEqual(['Bearer biz-alice-secret', 'Bearer biz-bob-secret']);
    expect(server.output()).not.toMatch(/biz-(alice|bob)-secret/);
  });

  it('lets nothing through without a session', async () => {
    const before = authorizations.length;
    expect((await rawGet(server.url, '/api/campaigns', { adAccountId: '1' })).status).toBe(401);
    expect(authorizations.length).toBe(before);
  });
});
