import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { formatKrw } from './format';
import type { Messages } from './register-messages';

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

// One chunk per language: the first screen loads only the active one (issue 9), the
// other comes when the user switches.
const COMMON_CATALOGS: Record<Language, () => Promise<Messages>> = {
  ko: () => import('./ko').then((m) => m.ko),
  en: () => import('./en').then((m) => m.en),
};

export type CommonMessages = Partial<Record<Language, Messages>>;

/**
 * Initialises the shared i18next instance once (features add namespaces to it later),
 * with the `common` catalogs given (the active language's at least). Synchronous, so the
 * first render is translated; `bootI18n` fetches the catalog first.
 */
export function initI18n(language: Language, common: CommonMessages): i18n {
  if (i18next.isInitialized) {
    for (const [lng, messages] of Object.entries(common)) i18next.addResourceBundle(lng, 'common', messages, true, true);
    if (i18next.language !== language) void i18next.changeLanguage(language);
    return i18next;
  }
  void i18next.use(initReactI18next).init({
    lng: language,
    // The catalogs have the same keys (i18n.test.ts): the Korean fallback is never
    // needed for `common`, so it need not be loaded alongside English.
    fallbackLng: 'ko',
    supportedLngs: [...LANGUAGES],
    defaultNS: 'common',
    ns: ['common'],
    resources: Object.fromEntries(Object.entries(common).map(([lng, messages]) => [lng, { common: messages }])),
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

/** The app's start: the remembered or browser language, with only its catalog loaded. */
export async function bootI18n(): Promise<i18n> {
  const language = detectLanguage(readStoredLanguage(), browserLanguages());
  return initI18n(language, { [language]: await COMMON_CATALOGS[language]() });
}

/**
 * The header's switch: load that language's catalog if this page has not yet, change,
 * remember, and let `languageChanged` update <html lang>.
 */
export async function changeLanguage(language: Language): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'common')) {
    i18next.addResourceBundle(language, 'common', await COMMON_CATALOGS[language](), true, true);
  }
  storeLanguage(language);
  await i18next.changeLanguage(language);
}

export function currentLanguage(): Language {
  return isLanguage(i18next.resolvedLanguage) ? i18next.resolvedLanguage : 'ko';
}
