import { seoulClock } from './seoul-clock';
import { violation, type Violation } from './violation';

export const NAME_MAX_LENGTH = 50;

/** Counted in characters as a person sees them (Hangul syllables count one each). */
export function nameLength(name: string): number {
  return [...name].length;
}

/** The name is optional ("If you do not specify, the name … is used"), but at most 50 characters. */
export function checkName(name: string | null | undefined, field = 'name'): Violation[] {
  if (name === null || name === undefined) return [];
  return nameLength(name) > NAME_MAX_LENGTH ? [violation(field, 'name.tooLong', { max: NAME_MAX_LENGTH })] : [];
}

/** yyyyMMddHHmm in Asia/Seoul, as in Kakao's generated names. */
export function nameStamp(date: Date): string {
  const { date: day, time } = seoulClock(date);
  return `${day.replaceAll('-', '')}${time.replace(':', '')}`;
}

/**
 * Kakao's style, e.g. "카카오 비즈보드_방문_202205201557". Over-long labels are cut so the
 * result still fits the 50-character limit and keeps its timestamp.
 */
export function defaultAdGroupName(typeLabel: string, goalLabel: string, date: Date): string {
  const suffix = `_${nameStamp(date)}`;
  const head = [...`${typeLabel}_${goalLabel}`].slice(0, NAME_MAX_LENGTH - suffix.length).join('');
  return `${head}${suffix}`;
}
