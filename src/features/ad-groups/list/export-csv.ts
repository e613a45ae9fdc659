import type { TFunction } from 'i18next';
import { asTextCell, toCsvFile, type CsvValue } from './csv';
import type { AdGroupRow } from './rows';

const COLUMNS = [
  'id',
  'name',
  'config',
  'systemConfig',
  'statusDescription',
  'bidStrategy',
  'pricingType',
  'bidAmount',
  'dailyBudgetAmount',
  'pacing',
  'beginDate',
  'endDate',
  'creativeCount',
] as const;

/**
 * The current view as CSV rows: the list's fields, and the detail columns known so far
 * (empty for rows whose detail has not been fetched). Codes stay Kakao's (ON, MANUAL…)
 * and amounts plain numbers, so the file sorts and sums in a spreadsheet.
 */
export function adGroupCsvRows(rows: readonly AdGroupRow[], t: TFunction): CsvValue[][] {
  const header = COLUMNS.map((c) => t(`list.csv.${c}`));
  return [
    header,
    ...rows.map(({ item, detail }) => [
      item.id,
      asTextCell(item.name),
      item.config,
      item.systemConfig,
      detail?.statusDescription,
      detail?.bidStrategy,
      detail?.pricingType,
      detail?.bidAmount,
      detail?.dailyBudgetAmount,
      detail?.pacing,
      detail?.schedule?.beginDate,
      detail?.schedule?.endDate,
      detail?.creativeCount,
    ]),
  ];
}

/** Hands the file to the browser: UTF-8 with a BOM, so Excel opens Korean names intact. */
export function downloadCsv(fileName: string, rows: readonly (readonly CsvValue[])[]): void {
  const blob = new Blob([toCsvFile(rows)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
