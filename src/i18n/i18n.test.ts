import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { blankKeys, catalogKeys } from './same-keys';
import { en } from './en';
import { changeLanguage, detectLanguage, initI18n } from './i18n';
import { ko } from './ko';

describe('common catalogs', () => {
  it('have exactly the same keys in Korean and English', () => {
    expect(catalogKeys(en).sort()).toEqual(catalogKeys(ko).sort());
  });

  it('have no blank message', () => {
    expect(blankKeys(ko)).toEqual([]);
    expect(blankKeys(en)).toEqual([]);
  });
});

describe('detectLanguage', () => {
  it('prefers the remembered choice', () => {
    expect(detectLanguage('en', ['ko-KR'])).toBe('en');
  });

  it('ignores a remembered value we do not speak', () => {
    expect(detectLanguage('fr', ['en-US'])).toBe('en');
  });

  it('takes the first browser language we speak', () => {
    expect(detectLanguage(null, ['fr-FR', 'en-GB', 'ko'])).toBe('en');
    expect(detectLanguage(null, ['ko-KR', 'en-US'])).toBe('ko');
  });

  it('falls back to Korean', () => {
    expect(detectLanguage(null, ['ja-JP'])).toBe('ko');
    expect(detectLanguage(null, [])).toBe('ko');
  });
});

describe('initI18n', () => {
  it('is ready synchronously with only the active language, and loads the other on switch', async () => {
    initI18n('en', { en });
    expect(i18next.t('actions.retry')).toBe('Retry');
    expect(i18next.t('{{amount, krw}}', { amount: 12000 })).toBe('₩12,000');
    // The first screen carries one catalog: Korean is fetched by the switch itself.
    expect(i18next.hasResourceBundle('ko', 'common')).toBe(false);
    await changeLanguage('ko');
    expect(i18next.t('actions.retry')).toBe('다시 시도');
  });
});
