import type { z } from 'zod';
import { Config } from '../../src/api/contracts/enums';
import { violation, type Violation } from '../../src/api/rules/violation';
import { db } from '../db';
import { kakaoError, MOCK_DETAIL_CODES, refuse } from '../kakao-error';

/**
 * The adAccountId header that Kakao requires on every ad group and campaign call, and
 * the scope of all data: an id from another account is "not found".
 * ASSUMPTION: the reference gives no code for a missing header; the sandbox answers as
 * for an unknown ad account (21006, related-endpoints.md).
 */
export function requireAccount(request: Request): { accountId: number } | Response {
  const raw = request.headers.get('adAccountId');
  if (raw === null || raw.trim() === '') {
    return kakaoError(400, MOCK_DETAIL_CODES.adAccountNotFound, '광고계정 ID(adAccountId) 헤더가 필요합니다.');
  }
  const accountId = Number(raw);
  if (!Number.isInteger(accountId) || !db.account(accountId)) {
    return kakaoError(400, MOCK_DETAIL_CODES.adAccountNotFound, '광고계정이 존재하지 않습니다.');
  }
  return { accountId };
}

/** A path id as a number, or null when it is not one (then the resource does not exist). */
export function pathId(value: string | readonly string[] | undefined): number | null {
  const id = Number(typeof value === 'string' ? value : undefined);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/**
 * `config=ON,OFF` (comma-separated, as Kakao takes lists) or repeated `config=` params;
 * ON and OFF when absent. An unknown value is refused rather than ignored.
 */
export function configFilter(request: Request): Config[] | Response {
  const values = new URL(request.url).searchParams
    .getAll('config')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  if (values.length === 0) return ['ON', 'OFF'];
  const out: Config[] = [];
  for (const value of values) {
    const parsed = Config.safeParse(value);
    if (!parsed.success) return refuse([violation('config', 'notAllowed', { value })]);
    out.push(parsed.data);
  }
  return out;
}

/** The JSON body, or undefined when there is none or it is not JSON (the validators then report it). */
export async function jsonBody(request: Request): Promise<unknown> {
  try {
    const text = await request.text();
    return text.trim() === '' ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * A request body that does not fit its contract, as violations: a missing field is
 * `required`, anything else `notAllowed`, so the refusal speaks the rules' language.
 */
export function shapeViolations(error: z.ZodError): Violation[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    return missing ? violation(field, 'required') : violation(field, 'notAllowed', { value: field });
  });
}

/** Parses a body with its request contract, or answers the refusal. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> | Response {
  const parsed = schema.safeParse(body, { reportInput: true });
  return parsed.success ? parsed.data : refuse(shapeViolations(parsed.error));
}
