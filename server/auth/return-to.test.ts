import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './return-to';

describe('safeReturnTo', () => {
  it.each([
    'https://evil.example',
    '//evil.example',
    '//evil.example/path',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    '/ok\nSet-Cookie: x=1',
    '',
    undefined,
  ])('sends %j to /', (value) => {
    expect(safeReturnTo(value)).toBe('/');
  });

  it('keeps a same-origin path with its query and hash', () => {
    expect(safeReturnTo('/accounts/12/campaigns/34?sort=budget#x')).toBe('/accounts/12/campaigns/34?sort=budget#x');
  });

  it('normalises dot segments without leaving the origin', () => {
    expect(safeReturnTo('/a/../b')).toBe('/b');
  });
});
