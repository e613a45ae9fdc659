// Placeholder until the server helper lands; replaced by the real dev middleware.
import type { Connect } from 'vite';
export async function devProxyMiddleware(): Promise<Connect.NextHandleFunction> {
  return (_req, _res, next) => next();
}
