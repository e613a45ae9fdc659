import { describe, expect, it } from 'vitest';
import { randomId, sessionKeys } from './session-crypto';

const SECRET = 'a'.repeat(32);

describe('session keys', () => {
  it('seals a token so that it reads back only with the same secret', () => {
    const sealed = sessionKeys(SECRET).seal('tok-secret-123');
    expect(sealed).not.toContain('tok-secret-123');
    expect(sessionKeys(SECRET).open(sealed)).toBe('tok-secret-123');
    expect(() => sessionKeys('b'.repeat(32)).open(sealed)).toThrow();
  });

  it('refuses a sealed token that was altered', () => {
    const keys = sessionKeys(SECRET);
    const bytes = Buffer.from(keys.seal('tok-secret-123'), 'base64url');
    bytes[bytes.length - 1] ^= 1;
    expect(() => keys.open(bytes.toString('base64url'))).toThrow();
  });

  it('seals the same token differently each time (fresh IV)', () => {
    const keys = sessionKeys(SECRET);
    expect(keys.seal('same')).not.toBe(keys.seal('same'));
  });

  it('derives a cookie key that is neither the secret nor shared with another secret', () => {
    expect(sessionKeys(SECRET).cookieSecret).not.toContain(SECRET);
    expect(sessionKeys(SECRET).cookieSecret).not.toBe(sessionKeys('b'.repeat(32)).cookieSecret);
  });

  it('makes ids of 256 random bits', () => {
    const ids = new Set(Array.from({ length: 100 }, randomId));
    expect(ids.size).toBe(100);
    expect(Buffer.from([...ids][0], 'base64url')).toHaveLength(32);
  });
});
