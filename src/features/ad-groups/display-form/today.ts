const DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric', month: '2-digit', day: '2-digit' });

/** 'yyyy-MM-dd' in Asia/Seoul: Kakao's "today", wherever the browser is. */
export function seoulToday(now: Date = new Date()): string {
  return DAY.format(now);
}
