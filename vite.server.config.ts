import { defineConfig } from 'vite';

/**
 * Compiles the server (server/main.ts and what it imports, mocks/ for the sandbox
 * included) into dist-server/, so `npm start` runs plain JavaScript instead of
 * compiling TypeScript at every start (docs/decisions/0007). Packages stay external.
 */
export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'server/main.ts',
    outDir: 'dist-server',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: false,
    minify: false,
  },
});
