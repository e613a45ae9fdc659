import { REPORT_IDS_PER_CALL } from './report-facts';

/**
 * Ad group ids in calls of at most `size` (the report takes a comma-joined list), in the
 * order given, so the rows on screen, listed first, come back first. Duplicates are sent once.
 */
export function reportBatches(ids: readonly number[], size: number = REPORT_IDS_PER_CALL): number[][] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`Batch size must be a positive integer, not ${size}`);
  const unique = [...new Set(ids)];
  const batches: number[][] = [];
  for (let i = 0; i < unique.length; i += size) batches.push(unique.slice(i, i + size));
  return batches;
}
