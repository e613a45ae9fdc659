import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULE_IDS } from '../api/rules/violation';
import { en } from './en';
import { initI18n } from './i18n';
import { nestMessages, registerRuleMessages, violationMessage } from './rules';
import { rulesEn } from './rules-en';
import { rulesKo } from './rules-ko';

beforeAll(() => {
  initI18n('en', { en });
  registerRuleMessages();
});

describe('rule messages', () => {
  it.each(['ko', 'en'] as const)('has a non-blank %s message for every RuleId, and nothing else', (lng) => {
    const catalog = lng === 'ko' ? rulesKo : rulesEn;
    // `_percent`: i18next's context variant of a rule (violation params carry `context`).
    expect(Object.keys(catalog).filter((k) => !k.endsWith('_percent')).sort()).toEqual([...RULE_IDS].sort());
    for (const id of RULE_IDS) {
      const params = { min: 1, max: 2, value: 'X', expected: 'Y', step: 3, days: 4, hours: 5, bid: 6, budget: 7 };
      const [key] = violationMessage({ rule: id, params });
      const text = i18next.t(key, { ...params, lng });
      expect(text, id).not.toBe(id);
      expect(text.trim(), id).not.toBe('');
      expect(text, id).not.toContain('{{');
    }
  });

  it('formats the automatic bidding target as won, and ROAS as a percentage', () => {
    expect(i18next.t(...violationMessage({ rule: 'autobid.targetMax', params: { max: 50000 } }))).toBe(
      'The target can be at most ₩50,000.',
    );
    const [key, params] = violationMessage({ rule: 'autobid.targetMax', params: { max: 100000, context: 'percent' } });
    expect(i18next.t(key, { ...params, lng: 'ko' })).toBe('목표 ROAS는 100,000% 이하여야 합니다.');
  });

  it('interpolates params, formatting money as KRW', () => {
    expect(i18next.t(...violationMessage({ rule: 'budget.min', params: { min: 50000 } }))).toBe(
      'The daily budget must be at least ₩50,000.',
    );
    const [key, params] = violationMessage({ rule: 'bid.max', params: { max: 1000000 } });
    expect(i18next.t(key, { ...params, lng: 'ko' })).toBe(
      '입찰 금액은 ₩1,000,000 이하여야 합니다.',
    );
    expect(i18next.t(...violationMessage({ rule: 'message.contractCountMax', params: { max: 25390 } }))).toBe(
      'Send at most 25,390 messages.',
    );
    expect(i18next.t(...violationMessage({ rule: 'name.tooLong', params: { max: 50 } }))).toBe(
      'The name can have at most 50 characters.',
    );
  });

  it('nests dotted ids and refuses an id that would hide another message', () => {
    expect(nestMessages({ 'a.b': 'x', c: 'y' })).toEqual({ a: { b: 'x' }, c: 'y' });
    expect(() => nestMessages({ a: 'x', 'a.b': 'y' })).toThrow();
  });
});
