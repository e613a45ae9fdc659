import './app/first-screen-styles';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { config } from 'zod';
import { App } from './app/app';
import { bootI18n } from './i18n/i18n';

// zod probes `new Function` to compile parsers; the CSP forbids eval, and the probe's
// refusal is reported as a violation on every load. Interpreted parsing is enough here.
config({ jitless: true });

async function boot(): Promise<void> {
  // Dev without a token and the demo build: the MSW worker must answer before the first
  // request. In the production build __MOCK_API__ is false and this import is dropped.
  if (__MOCK_API__) {
    const { startMockWorker } = await import('../mocks/browser');
    await startMockWorker();
  }
  const i18n = await bootI18n();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <App i18n={i18n} />
    </StrictMode>,
  );
}

void boot();
