import { serve } from '@hono/node-server';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp, type AppOptions } from './app';
import { startBusinessAuth } from './auth/business-auth';
import { modeOf, parseServerEnv, type ServerEnv } from './env';
import { startHistory } from './history/start';
import { UPSTREAM_PREFIX } from './proxy';

const STATIC_DIR = fileURLToPath(new URL('../dist', import.meta.url));
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/** Mock code is imported only here, so live mode never loads it. Returns the stop function. */
async function startSandbox(env: ServerEnv): Promise<() => void> {
  const { createSandboxServer } = await import('../mocks/node');
  const { setRateLimitsEnabled } = await import('../mocks/rate-limit');
  const sandbox = createSandboxServer(`${env.KAKAO_API_BASE}${UPSTREAM_PREFIX}`);
  // 'bypass': msw answers only the mock world's routes; it must not break other fetches.
  sandbox.listen({ onUnhandledRequest: 'bypass' });
  setRateLimitsEnabled(env.SANDBOX_RATE_LIMIT !== 'off');
  return () => sandbox.close();
}

function urlOf(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

function isLoopback(host: string): boolean {
  return LOOPBACK_HOSTS.includes(host) || host === '::1';
}

async function main(): Promise<void> {
  let env: ServerEnv;
  try {
    env = parseServerEnv(process.env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : 'Invalid server environment');
    process.exit(1);
  }
  const mode = modeOf(env);
  if (mode === 'live' && !isLoopback(env.HOST) && env.ALLOW_SHARED_TOKEN_ON_NETWORK !== '1') {
    // Everyone who reaches the server would act as the token's owner, unauthenticated.
    console.error(
      `Refusing to serve a shared KAKAO_BUSINESS_TOKEN on ${env.HOST}: anyone on the network would act as its owner. ` +
        'Use business sign-in (KAKAO_REST_API_KEY, KAKAO_CLIENT_SECRET, KAKAO_REDIRECT_URI), a loopback HOST, or set ALLOW_SHARED_TOKEN_ON_NETWORK=1.',
    );
    process.exit(1);
  }
  const common = {
    apiBase: env.KAKAO_API_BASE,
    timeoutMs: env.KAKAO_API_TIMEOUT_MS,
    staticDir: STATIC_DIR,
    allowedHosts: isLoopback(env.HOST) ? LOOPBACK_HOSTS : undefined,
  };
  const history = await startHistory(env, mode);
  // One store per process: sessions share the history's (two PGlite handles on one DATA_DIR would corrupt it).
  const business = mode === 'business' ? await startBusinessAuth(env, history.options.store) : null;
  const options: AppOptions =
    mode === 'live' && env.KAKAO_BUSINESS_TOKEN
      ? { ...common, mode: 'live', token: env.KAKAO_BUSINESS_TOKEN }
      : business
        ? { ...common, mode: 'business', auth: business.auth }
        : { ...common, mode: 'sandbox' };
  const stopSandbox = mode === 'sandbox' ? await startSandbox(env) : () => undefined;

  if (!existsSync(join(STATIC_DIR, 'index.html'))) {
    console.warn(`No built app in ${STATIC_DIR}: run npm run build (the API still works).`);
  }

  const app = createApp({ ...options, history: history.options });
  history.startJobs(async (request) => app.fetch(request), (line) => console.warn(line));
  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
    const detail =
      mode === 'sandbox'
        ? `sandbox mode: the built-in mock Kakao Moment answers, data lasts until restart, rate limits ${env.SANDBOX_RATE_LIMIT}`
        : business
          ? `business sign-in mode: /api → ${env.KAKAO_API_BASE}${UPSTREAM_PREFIX}, sessions in ${business.where}`
          : `live mode: /api → ${env.KAKAO_API_BASE}${UPSTREAM_PREFIX}`;
    // The one start-up line. It never names the token.
    console.log(`Moment Console on ${urlOf(env.HOST, info.port)} (${detail})`);
  });
  server.on('error', (error) => {
    console.error(`Cannot listen on ${urlOf(env.HOST, env.PORT)}: ${error.message}`);
    stopSandbox();
    process.exit(1);
  });
  const stop = () => {
    stopSandbox();
    // Closes the store: PGlite must close to leave DATA_DIR consistent for the next start.
    void history.stop();
    void business?.close();
    server.close(() => process.exit(0));
    // Idle keep-alive sockets would hold close() open for seconds.
    setTimeout(() => process.exit(0), 1_000).unref();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main();
