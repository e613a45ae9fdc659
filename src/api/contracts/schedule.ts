import { z } from 'zod';

/** The seven hour arrays, Monday first (the order of the grid's rows). */
export const DAY_KEYS = [
  'mondayTime',
  'tuesdayTime',
  'wednesdayTime',
  'thursdayTime',
  'fridayTime',
  'saturdayTime',
  'sundayTime',
] as const;

/** A day's 24 hours as "0"/"1" strings; read leniently, since Message groups send none or `[]`. */
const HoursRead = z.array(z.string()).nullish();

/**
 * An ad group's schedule as read. Everything is optional: Message groups have no hour
 * arrays, and a field Kakao drops must not break a page (architecture.md, convention 2).
 * `endTime` comes with nanoseconds, e.g. "23:59:59.999999999".
 */
export const Schedule = z.looseObject({
  beginDate: z.string().nullish(),
  endDate: z.string().nullish(),
  beginTime: z.string().nullish(),
  endTime: z.string().nullish(),
  /** The 22:00–06:59 option (spec-notes #13). */
  lateNight: z.boolean().nullish(),
  /** True when any hour is off (spec-notes #13). */
  detailTime: z.boolean().nullish(),
  mondayTime: HoursRead,
  tuesdayTime: HoursRead,
  wednesdayTime: HoursRead,
  thursdayTime: HoursRead,
  fridayTime: HoursRead,
  saturdayTime: HoursRead,
  sundayTime: HoursRead,
});
export type Schedule = z.infer<typeof Schedule>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/**
 * A day as sent: 24 "0"/"1" strings, or none at all (the Message edit sample sends `[]`).
 * Typed as `string[]` so the grid model's output fits without a cast.
 */
const HoursRequest = z
  .array(z.string().regex(/^[01]$/, 'Each hour is "0" or "1"'))
  .refine((hours) => hours.length === 0 || hours.length === 24, 'A day has 24 hours, or none');

/**
 * The schedule as sent. Date ranges, the 30-day Message period and `detailTime`'s
 * consistency with the hours are rules (src/api/rules/schedule.ts), not shape.
 */
export const ScheduleRequest = z.object({
  beginDate: z.string().regex(DATE, 'yyyy-MM-dd'),
  /** Absent (or null, as read back) means "no end date". */
  endDate: z.string().regex(DATE, 'yyyy-MM-dd').nullish(),
  beginTime: z.string().regex(TIME, 'HH:mm:ss').nullish(),
  endTime: z.string().regex(TIME, 'HH:mm:ss').nullish(),
  lateNight: z.boolean(),
  detailTime: z.boolean(),
  mondayTime: HoursRequest.optional(),
  tuesdayTime: HoursRequest.optional(),
  wednesdayTime: HoursRequest.optional(),
  thursdayTime: HoursRequest.optional(),
  fridayTime: HoursRequest.optional(),
  saturdayTime: HoursRequest.optional(),
  sundayTime: HoursRequest.optional(),
});
export type ScheduleRequest = z.infer<typeof ScheduleRequest>;
