import { CATALOGS, type Language } from './messages';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export interface ErrorPage {
  language: Language;
  /** Already in the user's language. */
  message: string;
  /** Kakao's own words (error_description), shown verbatim beside ours. */
  kakaoSays?: string | null;
  tryAgainHref: string;
}

/** A plain page, no script: the CSP allows none inline, and none is needed. */
export function renderErrorPage(page: ErrorPage): string {
  const text = CATALOGS[page.language];
  const kakao = page.kakaoSays ? `<p>${escapeHtml(text.kakaoSaid)}: <q>${escapeHtml(page.kakaoSays)}</q></p>` : '';
  return `<!doctype html>
<html lang="${page.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(text.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1a1b1e;line-height:1.5}
a{display:inline-block;margin-right:1rem;padding:.5rem 1rem;border-radius:4px;background:#1864ab;color:#fff;text-decoration:none}
a.secondary{background:#fff;color:#1864ab;border:1px solid #1864ab}</style></head>
<body><main><h1>${escapeHtml(text.title)}</h1><p>${escapeHtml(page.message)}</p>${kakao}
<p><a href="${escapeHtml(page.tryAgainHref)}">${escapeHtml(text.tryAgain)}</a><a class="secondary" href="/">${escapeHtml(text.backToConsole)}</a></p></main></body></html>`;
}
