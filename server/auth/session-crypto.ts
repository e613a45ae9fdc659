import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** SESSION_SECRET must be at least this long in business sign-in mode (issue 10). */
export const MIN_SECRET_LENGTH = 32;

function derive(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'moment-console', purpose, 32));
}

/**
 * The keys one SESSION_SECRET yields: one signs cookies (hono's signed-cookie HMAC), one
 * encrypts tokens at rest. Separate keys, so a leak of one use tells nothing about the other.
 */
export interface SessionKeys {
  cookieSecret: string;
  seal(plain: string): string;
  /** Throws when the sealed text was altered or sealed with another secret. */
  open(sealed: string): string;
}

export function sessionKeys(secret: string): SessionKeys {
  const sealKey = derive(secret, 'token-at-rest');
  return {
    cookieSecret: derive(secret, 'cookie-signature').toString('base64url'),
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', sealKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
    },
    open(sealed) {
      const bytes = Buffer.from(sealed, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', sealKey, bytes.subarray(0, 12));
      decipher.setAuthTag(bytes.subarray(12, 28));
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

/** An unguessable id: session ids and OAuth states. */
export function randomId(): string {
  return randomBytes(32).toString('base64url');
}
