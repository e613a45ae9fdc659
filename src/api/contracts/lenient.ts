import { z } from 'zod';

/**
 * Responses are parsed leniently (architecture.md, convention 2): a value Kakao adds
 * later to an enum must not break a page, so response enums accept any string and
 * the UI shows unknown ones as they are.
 */
export function lenientEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.union([z.enum(values), z.string()]);
}

/** Kakao sends `null` for absent values as often as it omits them. */
export function nullish<T extends z.ZodType>(schema: T) {
  return schema.nullish();
}
