import { describe, expect, it } from 'vitest';
import { CATALOGS, languageOf } from './messages';

describe('server-rendered auth messages', () => {
  it('picks Korean only when it ranks above English', () => {
    expect(languageOf('ko-KR,ko;q=0.9,en;q=0.8')).toBe('ko');
    expect(languageOf('en-US,en;q=0.9,ko;q=0.8')).toBe('en');
    expect(languageOf('fr-FR,ko;q=0.5')).toBe('ko');
    expect(languageOf(undefined)).toBe('en');
  });

  it('explains the same KOE codes in both languages', () => {
    expect(Object.keys(CATALOGS.ko.koe).sort()).toEqual(Object.keys(CATALOGS.en.koe).sort());
    expect(Object.keys(CATALOGS.ko).sort()).toEqual(Object.keys(CATALOGS.en).sort());
  });
});
