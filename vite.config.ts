import { defineConfig, type Plugin, type PluginOption } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './scripts/build/precompress';

/**
 * Three builds share this file:
 * - `vite` (dev): the MSW worker answers, unless KAKAO_BUSINESS_TOKEN is set, in which
 *   case /api goes through the real proxy (server/app.ts) mounted as dev middleware.
 * - `vite build --mode demo`: a static demo with the MSW worker, for any static host.
 * - `vite build`: production, with no worker and no mock code (`__MOCK_API__` is false,
 *   so the dynamic import of mocks/ is dropped).
 */
export default defineConfig(({ command, mode }) => {
  const useProxyInDev = command === 'serve' && Boolean(process.env.KAKAO_BUSINESS_TOKEN);
  const mockApi = mode === 'demo' || (command === 'serve' && !useProxyInDev);
  const plugins: PluginOption[] = [react(), precompress()];
  return {
    plugins: useProxyInDev ? [...plugins, devProxyPlugin()] : plugins,
    define: { __MOCK_API__: JSON.stringify(mockApi) },
    // mockServiceWorker.js is the only file there: it must never reach a production build.
    publicDir: mockApi ? 'mock-public' : false,
    base: mode === 'demo' ? './' : '/',
    build: {
      sourcemap: false,
      manifest: true,
      chunkSizeWarningLimit: 600,
    },
    preview: { port: 4173 },
  };
});

/** Mounts the hono proxy under /api while developing against the real Kakao API. */
function devProxyPlugin(): Plugin {
  return {
    name: 'moment-console-dev-proxy',
    async configureServer(server) {
      const { devProxyMiddleware } = await import('./server/dev-middleware');
      server.middlewares.use(await devProxyMiddleware());
    },
  };
}
