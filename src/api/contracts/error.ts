import { z } from 'zod';

/** Kakao's error envelope: `{"code": -813, "msg": "KakaoMomentException", "extras": {...}}`. */
export const ErrorEnvelope = z.looseObject({
  code: z.number(),
  msg: z.string(),
  extras: z
    .looseObject({
      detailCode: z.number().optional(),
      detailMsg: z.string().optional(),
      path: z.string().optional(),
      timestamp: z.string().optional(),
    })
    .optional(),
});
export type ErrorEnvelope = z.infer<typeof ErrorEnvelope>;

/**
 * spec-notes #18: some mutations answer HTTP 200 with an error envelope, so any body
 * with a numeric `code` and either Kakao's exception name or a detail code is an error.
 * Kakao's general errors carry neither (`{"code":-10,"msg":"API limit has been
 * exceeded.","extras":{}}`, issue 8), so a negative code with a string msg is one too.
 */
export function asErrorEnvelope(body: unknown): ErrorEnvelope | null {
  const parsed = ErrorEnvelope.safeParse(body);
  if (!parsed.success) return null;
  const env = parsed.data;
  return env.code < 0 || env.msg === 'KakaoMomentException' || env.extras?.detailCode !== undefined ? env : null;
}
