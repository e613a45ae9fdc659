import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { formatKrw } from './format';
import { ko } from './ko';

export const LANGUAGES = ['ko', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_STORAGE_KEY = 'moment-console.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * A choice made in the header wins; otherwise the browser's first language we speak;
 * otherwise Korean, since Kakao Moment is a Korean service.
 */
export function detectLanguage(stored: string | null, browserLanguages: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'ko';
}

function readStoredLanguage(): string | null {
  try {
    return globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
  } catch {
    return null; // storage can be disabled (privacy modes); the choice just isn't remembered
  }
}

function storeLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // see readStoredLanguage
  }
}

function syncDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
}

/** Initialises the shared i18next instance once (features add namespaces to it later). */
export function initI18n(language: Language = detectLanguage(readStoredLanguage(), browserLanguages())): i18n {
  if (i18next.isInitialized) {
    if (i18next.language !== language) void i18next.changeLanguage(language);
    return i18next;
  }
  void i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'ko',
    supportedLngs: [...LANGUAGES],
    defaultNS: 'common',
    ns: ['common'],
    resources: { ko: { common: ko }, en: { common: en } },
    // Resources are bundled, so init is synchronous and the first render is translated.
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  // {{amount, krw}} in any message formats won the same way as the rest of the UI.
  i18next.services.formatter?.add('krw', (value: unknown) =>
    typeof value === 'number' ? formatKrw(value) : String(value),
  );
  syncDocumentLanguage(i18next.language);
  i18next.on('languageChanged', syncDocumentLanguage);
  return i18next;
}

/** The header's switch: change, remember, and let `languageChanged` update <html lang>. */
export async function changeLanguage(language: Language): Promise<void> {
  storeLanguage(language);
  await i18next.changeLanguage(language);
}

export function currentLanguage(): Language {
  return isLanguage(i18next.resolvedLanguage) ? i18next.resolvedLanguage : 'ko';
}
