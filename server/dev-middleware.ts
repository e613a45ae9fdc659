import { getRequestListener } from '@hono/node-server';
import type { Connect } from 'vite';
import { createApp } from './app';
import { parseServerEnv } from './env';

/**
 * `npm run dev` with KAKAO_BUSINESS_TOKEN set: the same proxy as `npm start` (allowlist,
 * origin check, token injection) answers /api inside Vite's dev server; Vite serves the rest.
 */
export async function devProxyMiddleware(): Promise<Connect.NextHandleFunction> {
  const env = parseServerEnv(process.env);
  if (!env.KAKAO_BUSINESS_TOKEN) {
    throw new Error('devProxyMiddleware needs KAKAO_BUSINESS_TOKEN; without it the MSW worker answers.');
  }
  const app = createApp({
    mode: 'live',
    token: env.KAKAO_BUSINESS_TOKEN,
    apiBase: env.KAKAO_API_BASE,
    timeoutMs: env.KAKAO_API_TIMEOUT_MS,
  });
  // overrideGlobalObjects: false, so Vite's own process keeps Node's Request/Response.
  const listener = getRequestListener(app.fetch, { overrideGlobalObjects: false });
  return (req, res, next) => {
    const url = req.url ?? '';
    if (url !== '/api' && !url.startsWith('/api/') && !url.startsWith('/api?')) {
      next();
      return;
    }
    listener(req, res).catch(next);
  };
}
