import { DETAIL_CODES, violation, type Violation } from './violation';

export type PacingValue = 'NONE' | 'NORMAL' | 'QUICK';

/**
 * spec-notes #8: MANUAL takes NORMAL or QUICK, except under Bizboard × Conversion,
 * which takes NONE; AUTOBID takes NONE. (The edit table's extra NONE for MANUAL is not
 * offered.) Any other strategy has no pacing to choose.
 */
export function allowedPacings(campaignType: string, goal: string, bidStrategy: string): PacingValue[] {
  if (bidStrategy === 'AUTOBID') return ['NONE'];
  if (bidStrategy !== 'MANUAL') return [];
  if (campaignType === 'TALK_BIZ_BOARD' && goal === 'CONVERSION') return ['NONE'];
  return ['NORMAL', 'QUICK'];
}

/** Default for a new ad group: the first allowed value (NORMAL for ordinary MANUAL). */
export function defaultPacing(campaignType: string, goal: string, bidStrategy: string): PacingValue {
  return allowedPacings(campaignType, goal, bidStrategy)[0] ?? 'NONE';
}

export function checkPacing(
  pacing: string | null | undefined,
  campaignType: string,
  goal: string,
  bidStrategy: string,
  field = 'pacing',
): Violation[] {
  if (pacing === null || pacing === undefined) return [violation(field, 'required')];
  const allowed = allowedPacings(campaignType, goal, bidStrategy);
  if (allowed.some((p) => p === pacing)) return [];
  return [violation(field, 'pacing.notAllowed', { value: pacing }, DETAIL_CODES.pacingNotAllowed)];
}
