// The production build must carry no mock code and no secret: the MSW worker and the
// sandbox live only in dev and demo builds (vite.config.ts), and the business token only
// on the server. Run after `vite build`; exits non-zero naming what it found.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const forbidden = ['mockServiceWorker', 'startMockWorker', '__sandbox', 'setupWorker'];
const token = process.env.KAKAO_BUSINESS_TOKEN;
if (token) forbidden.push(token);

const files = readdirSync('dist', { recursive: true })
  .map(String)
  .filter((file) => /\.(js|css|html|json|txt)$/.test(file));
const found = files.flatMap((file) => {
  const text = readFileSync(join('dist', file), 'utf8');
  return forbidden.filter((needle) => text.includes(needle)).map((needle) => `${file}: ${needle === token ? 'the business token' : needle}`);
});

if (found.length > 0) {
  console.error(`The production build carries what it must not:\n${found.join('\n')}`);
  process.exit(1);
}
console.log(`dist/: ${files.length} files, no mock code${token ? ', no token' : ''}`);
