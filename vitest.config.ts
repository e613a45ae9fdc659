import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Two projects: plain `.test.ts` files run in Node (rules, contracts, client, mocks,
// server); `.test.tsx` files render React under jsdom.
export default defineConfig({
  plugins: [react()],
  define: { __MOCK_API__: 'true' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['{src,mocks,server,scripts}/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['src/testing/setup-dom.ts'],
          // Rendering Mantine under jsdom is CPU-bound: a test of a few steps that takes 1 s
          // alone takes 10 s or more on a loaded 2-core machine. Above the findBy ceiling
          // (setup-dom.ts), so a stuck wait reports what it waited for.
          testTimeout: 30_000,
        },
      },
    ],
  },
});
