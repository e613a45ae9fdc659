// Money is always KRW written the Korean way (architecture.md, convention 9), whatever
// the UI language: advertisers compare these figures with Kakao's own console.
const krw = new Intl.NumberFormat('ko-KR', { style: 'currency', currency: 'KRW' });

export function formatKrw(amount: number): string {
  return krw.format(amount);
}

/** Kakao Moment runs on Korean time: dates are shown in Asia/Seoul wherever the browser is. */
export const DISPLAY_TIME_ZONE = 'Asia/Seoul';

function locale(language: string): string {
  return language === 'ko' ? 'ko-KR' : 'en-US';
}

export function formatDateTime(value: Date | string | number, language: string): string {
  return new Intl.DateTimeFormat(locale(language), {
    timeZone: DISPLAY_TIME_ZONE,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(value));
}

export function formatDate(value: Date | string | number, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { timeZone: DISPLAY_TIME_ZONE, dateStyle: 'medium' }).format(
    new Date(value),
  );
}
