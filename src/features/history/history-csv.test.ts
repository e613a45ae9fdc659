import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChangeRecord } from '../../api/contracts/changes';
import { en } from '../../i18n/en';
import { initI18n } from '../../i18n/i18n';
import { toCsvFile } from '../ad-groups/list/csv';
import { historyCsvRows, seoulIsoTime } from './history-csv';
import { HISTORY_NAMESPACE } from './messages';

const base: ChangeRecord = {
  id: 'c-1',
  at: '2026-12-01T05:02:05Z',
  user: '=cmd|" /C calc"!A0',
  adAccountId: 1,
  campaignId: 2,
  adGroupId: 3,
  adGroupName: '+봄 기획전, "A"',
  action: 'dailyBudget',
  changes: [{ field: 'dailyBudgetAmount', before: 50_000, after: 70_000 }],
  outcome: 'refused',
  detailMsg: '-일예산은 캠페인 일예산을 넘을 수 없습니다.',
};

beforeAll(() => void initI18n('en', { en }));
const t = (language: string) => i18next.getFixedT(language, HISTORY_NAMESPACE);

describe('historyCsvRows', () => {
  it('translates the header and the action and outcome, in English and Korean', () => {
    const [enHeader, enRow] = historyCsvRows([base], t('en'), seoulIsoTime);
    expect(enHeader.slice(0, 5)).toEqual(['When (Asia/Seoul)', 'User', 'Ad group id', 'Ad group', 'Action']);
    expect([enRow[4], enRow[5], enRow[8]]).toEqual(['Daily budget', 'Daily budget', 'Refused']);
    const [koHeader, koRow] = historyCsvRows([base], t('ko'), seoulIsoTime);
    expect(koHeader[1]).toBe('변경자');
    expect(koRow[8]).toBe('거절됨');
  });

  it('writes Seoul time, numbers as numbers, and neutralises formulas in free text', () => {
    const [, row] = historyCsvRows([base], t('en'), seoulIsoTime);
    expect(row[0]).toBe('2026-12-01 14:02:05');
    expect(row[1]).toBe(`'=cmd|" /C calc"!A0`);
    expect(row[3]).toBe(`'+봄 기획전, "A"`);
    expect([row[6], row[7]]).toEqual([50_000, 70_000]);
    expect(row[9]).toBe(`'-일예산은 캠페인 일예산을 넘을 수 없습니다.`);
  });

  it('gives a change without fields its own row, and the file starts with the BOM', () => {
    const rows = historyCsvRows([{ ...base, action: 'delete', changes: [], outcome: 'applied', user: 'a', detailMsg: undefined }], t('en'), seoulIsoTime);
    expect(rows).toHaveLength(2);
    expect(rows[1].slice(4, 9)).toEqual(['Deleted', '', '', '', 'Applied']);
    expect(toCsvFile(rows).startsWith('\uFEFF')).toBe(true);
  });
});
