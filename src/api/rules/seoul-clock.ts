/**
 * Kakao Moment's dates and times are Korean, whatever the zone of the browser or the
 * machine: "today" for the schedule rules, default names, and the sandbox's timestamps
 * all come from this one clock.
 */
const SEOUL = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Seoul',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export interface SeoulClock {
  /** yyyy-MM-dd */
  date: string;
  /** HH:mm */
  time: string;
  /** yyyy-MM-dd'T'HH:mm:ss, as Kakao's createdDate / lastModifiedDate */
  dateTime: string;
}

export function seoulClock(now: Date = new Date()): SeoulClock {
  const p = Object.fromEntries(SEOUL.formatToParts(now).map((part) => [part.type, part.value]));
  const date = `${p.year}-${p.month}-${p.day}`;
  return { date, time: `${p.hour}:${p.minute}`, dateTime: `${date}T${p.hour}:${p.minute}:${p.second}` };
}

/** yyyy-MM-dd in Asia/Seoul. */
export function seoulToday(now: Date = new Date()): string {
  return seoulClock(now).date;
}
