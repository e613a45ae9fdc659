import type { TFunction } from 'i18next';
import type { ChangeRecord } from '../../api/contracts/changes';
import { seoulClock } from '../../api/rules/seoul-clock';
import { asTextCell, type CsvValue } from '../ad-groups/list/csv';
import { fieldLabel } from './format-change';

const COLUMNS = ['at', 'user', 'adGroupId', 'adGroupName', 'action', 'field', 'before', 'after', 'outcome', 'detailMsg', 'batchId', 'undoOf'] as const;

/** A recorded value in a cell: numbers stay numbers (they sum), anything else is text a spreadsheet must not run. */
function valueCell(value: unknown): CsvValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  return asTextCell(typeof value === 'string' ? value : JSON.stringify(value));
}

/**
 * The history as CSV rows, one per changed field (a change without fields, a delete, still
 * gets its row). The time is Asia/Seoul in ISO form so it sorts; actions and outcomes are
 * words in the UI's language; every free text (names, users, Kakao's message) is guarded
 * against formulas.
 */
export function historyCsvRows(records: readonly ChangeRecord[], t: TFunction, seoulTime: (at: string) => string): CsvValue[][] {
  const header = COLUMNS.map((c) => t(`csv.${c}`));
  const rows = records.flatMap((r) => {
    const common = {
      at: seoulTime(r.at),
      user: asTextCell(r.user),
      adGroupName: asTextCell(r.adGroupName ?? ''),
      action: t(`action.${r.action}`, { defaultValue: r.action }),
      outcome: t(`outcome.${r.outcome}`, { defaultValue: r.outcome }),
      detailMsg: asTextCell(r.detailMsg ?? ''),
    };
    const fields = r.changes.length > 0 ? r.changes : [null];
    return fields.map((change) => [
      common.at,
      common.user,
      r.adGroupId,
      common.adGroupName,
      common.action,
      change ? asTextCell(fieldLabel(change.field, t)) : '',
      change ? valueCell(change.before) : '',
      change ? valueCell(change.after) : '',
      common.outcome,
      common.detailMsg,
      r.batchId ?? '',
      r.undoOf ?? '',
    ]);
  });
  return [header, ...rows];
}

/** `2026-12-01 14:02:05`, Asia/Seoul (the one Seoul clock): sortable, and what Excel reads as a date-time. */
export function seoulIsoTime(at: string): string {
  return seoulClock(new Date(at)).dateTime.replace('T', ' ');
}
