const BASE = 'http://console.invalid';

/**
 * A same-origin path to come back to after sign-in, or `/`: no open redirect.
 * `//evil.example`, `/\evil.example`, absolute URLs and control characters all become `/`.
 */
export function safeReturnTo(value: string | undefined | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || /[\\\x00-\x1f\x7f]/.test(value)) return '/';
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return '/';
  }
  return url.origin === BASE ? `${url.pathname}${url.search}${url.hash}` : '/';
}
