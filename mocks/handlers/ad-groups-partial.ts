import { http, HttpResponse, type HttpHandler } from 'msw';
import type { z } from 'zod';
import { BidAmountRequest, DailyBudgetRequest, OnOffRequest, PacingRequest } from '../../src/api/contracts/ad-group-requests';
import {
  validateBidChange,
  validateCancelContract,
  validateDailyBudgetChange,
  validateDelete,
  validateOnOff,
  validatePacingChange,
} from '../../src/api/rules/validate-partial';
import type { Violation } from '../../src/api/rules/violation';
import { MESSAGE_CANCELLED } from '../ad-group-status';
import { db, type StoredAdGroup } from '../db';
import { adGroupNotFound, refuse } from '../kakao-error';
import { factsOf, saveChange } from './ad-group-view';
import { jsonBody, parseBody, pathId, requireAccount } from './guards';

/** "Returns the HTTP status code 200 without the response body." */
const ok = () => new HttpResponse(null, { status: 200 });

type Found = { group: StoredAdGroup; accountId: number };

function find(accountId: number, id: number | null): Found | Response {
  const group = id === null ? undefined : db.adGroup(accountId, id);
  return group ? { group, accountId } : adGroupNotFound();
}

/**
 * One partial edit: header, body shape, the stored group, the shared rule, then the
 * change. A refusal changes nothing.
 */
function partial<T extends { id: number }>(
  base: string,
  path: string,
  schema: z.ZodType<T>,
  check: (found: Found, body: T) => Violation[],
  apply: (group: StoredAdGroup, body: T) => StoredAdGroup,
): HttpHandler {
  return http.put(`${base}/adGroups/${path}`, async ({ request }) => {
    const scope = requireAccount(request);
    if (scope instanceof Response) return scope;
    const body = parseBody(schema, await jsonBody(request));
    if (body instanceof Response) return body;
    const found = find(scope.accountId, body.id);
    if (found instanceof Response) return found;
    const violations = check(found, body);
    if (violations.length > 0) return refuse(violations);
    saveChange(apply(found.group, body));
    return ok();
  });
}

/** Without a path id the group does not exist (32001), as for any unknown id. */
function byPath(request: Request, rawId: string | readonly string[] | undefined): Found | Response {
  const scope = requireAccount(request);
  if (scope instanceof Response) return scope;
  return find(scope.accountId, pathId(rawId));
}

/**
 * The partial edits, delete and cancel. Their rate limits (1 s; pacing 5 s) are the
 * gate's (mocks/rate-limit.ts).
 */
export function createAdGroupPartialHandlers(base: string): HttpHandler[] {
  return [
    partial<DailyBudgetRequest>(
      base,
      'dailyBudgetAmount',
      DailyBudgetRequest,
      (f, b) => validateDailyBudgetChange(factsOf(f.group, f.accountId), b.dailyBudgetAmount),
      (g, b) => ({ ...g, dailyBudgetAmount: b.dailyBudgetAmount }),
    ),
    partial<BidAmountRequest>(
      base,
      'bidAmount',
      BidAmountRequest,
      (f, b) => validateBidChange(factsOf(f.group, f.accountId), b.bidAmount),
      (g, b) => ({ ...g, bidAmount: b.bidAmount }),
    ),
    partial<PacingRequest>(
      base,
      'pacing',
      PacingRequest,
      (f, b) => validatePacingChange(factsOf(f.group, f.accountId), b.pacing),
      (g, b) => ({ ...g, pacing: b.pacing }),
    ),
    partial<OnOffRequest>(
      base,
      'onOff',
      OnOffRequest,
      (f, b) => validateOnOff(factsOf(f.group, f.accountId), b.config),
      (g, b) => ({ ...g, config: b.config }),
    ),
    /** Deleting keeps the data: the group moves to config DEL (the reference, "Caution when deleting"). */
    http.delete(`${base}/adGroups/:id`, ({ request, params }) => {
      const found = byPath(request, params.id);
      if (found instanceof Response) return found;
      const violations = validateDelete(factsOf(found.group, found.accountId));
      if (violations.length > 0) return refuse(violations);
      saveChange({ ...found.group, config: 'DEL' });
      return ok();
    }),
    /**
     * DECISION: cancelling a Message group's contract stops it for good: its sending status
     * becomes CANCELED and its config OFF (it stays listed, and can no longer send). The
     * budget figures stay as contracted; the reference says nothing of refunds.
     */
    http.put(`${base}/adGroups/cancel/:id`, ({ request, params }) => {
      const found = byPath(request, params.id);
      if (found instanceof Response) return found;
      const violations = validateCancelContract(factsOf(found.group, found.accountId));
      if (violations.length > 0) return refuse(violations);
      const info = found.group.messageSendingInfo ?? {};
      saveChange({ ...found.group, config: 'OFF', messageSendingInfo: { ...info, status: MESSAGE_CANCELLED } });
      return ok();
    }),
  ];
}
