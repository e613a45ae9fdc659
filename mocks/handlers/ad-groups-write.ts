import { http, HttpResponse, type HttpHandler } from 'msw';
import {
  DisplayAdGroupCreateRequest,
  DisplayAdGroupEditRequest,
  MessageAdGroupCreateRequest,
  MessageAdGroupEditRequest,
  PersonalizedAdGroupCreateRequest,
  PersonalizedAdGroupEditRequest,
} from '../../src/api/contracts/ad-group-requests';
import { adGroupKindOf } from '../../src/api/rules/campaign-kind';
import { validateDisplayAdGroup } from '../../src/api/rules/validate-display';
import { validateMessageAdGroup } from '../../src/api/rules/validate-message';
import { validateFullEdit } from '../../src/api/rules/validate-partial';
import { validatePersonalizedAdGroup } from '../../src/api/rules/validate-personalized';
import { violation, type Violation } from '../../src/api/rules/violation';
import { seoulToday } from '../../src/api/rules/seoul-clock';
import type { SeededCampaign } from '../data/seed-campaigns';
import { db, type StoredAdGroup } from '../db';
import { adGroupNotFound, refuse } from '../kakao-error';
import { buildDisplay, buildMessage, buildPersonalized } from './ad-group-build';
import { factsOf, present } from './ad-group-view';
import { campaignNotFound } from './campaigns';
import { jsonBody, parseBody, requireAccount } from './guards';
import { estimatePopulation } from './population';

type Target = { campaign: SeededCampaign; existing?: StoredAdGroup };

const idOf = (value: unknown): number | null => (typeof value === 'number' && Number.isSafeInteger(value) ? value : null);
const field = (body: unknown, key: string): unknown =>
  typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>)[key] : undefined;

/** The campaign a body names, and on edit the stored group, all within the caller's ad account. */
function resolve(accountId: number, body: unknown, edit: boolean): Target | Response {
  const campaignId = idOf(field(field(body, 'campaign'), 'id'));
  if (campaignId === null) return refuse([violation('campaign.id', 'required')]);
  const campaign = db.campaign(accountId, campaignId);
  if (!campaign) return campaignNotFound();
  if (!edit) return { campaign };
  const id = idOf(field(body, 'id'));
  if (id === null) return refuse([violation('id', 'required')]);
  const existing = db.adGroup(accountId, id);
  if (!existing) return adGroupNotFound();
  // Deleted, or a Message group whose contract was cancelled: nothing more to edit.
  const locked = validateFullEdit(factsOf(existing, accountId));
  if (locked.length > 0) return refuse(locked);
  // An ad group never moves to another campaign.
  if (existing.campaign.id !== campaign.id) return refuse([violation('campaign.id', 'notAllowed', { value: campaign.id })]);
  return { campaign, existing };
}

/** Takes a new id only once the body has passed, so a refusal leaves no trace. */
function save(accountId: number, build: (id: number) => StoredAdGroup, existing: StoredAdGroup | undefined): Response {
  const group = build(existing?.id ?? db.nextAdGroupId());
  if (existing) db.updateAdGroup(group);
  else db.insertAdGroup(group);
  return HttpResponse.json(present(group, accountId));
}

/** Validates with the shared rules (src/api/rules) and stores only what passes. */
function write(accountId: number, raw: unknown, { campaign, existing }: Target): Response {
  const type = String(campaign.campaignTypeGoal?.campaignType ?? '');
  const goal = String(campaign.campaignTypeGoal?.goal ?? '');
  const facts = { campaignType: type, goal };
  const today = seoulToday();
  const refused = (violations: Violation[]) => (violations.length > 0 ? refuse(violations) : null);

  switch (adGroupKindOf(type)) {
    case 'display': {
      const body = parseBody(existing ? DisplayAdGroupEditRequest : DisplayAdGroupCreateRequest, raw);
      if (body instanceof Response) return body;
      const violations = validateDisplayAdGroup(body, {
        campaign: { ...facts, dailyBudgetAmount: campaign.dailyBudgetAmount, objectiveDetailType: campaign.objective?.detailType },
        today,
        existing: existing ? { adult: existing.adult === true, beginDate: existing.schedule?.beginDate } : undefined,
      });
      return refused(violations) ?? save(accountId, (id) => buildDisplay(body, id, campaign, existing), existing);
    }
    case 'message': {
      const body = parseBody(existing ? MessageAdGroupEditRequest : MessageAdGroupCreateRequest, raw);
      if (body instanceof Response) return body;
      const populationScore = estimatePopulation({
        profileId: campaign.objective?.value,
        targeting: body.targeting,
        deviceTypes: body.deviceTypes,
        smartMessage: body.smartMessage,
      });
      const violations = validateMessageAdGroup(body, {
        campaign: facts,
        today,
        populationScore,
        existing: existing ? { beginDate: existing.schedule?.beginDate } : undefined,
      });
      return refused(violations) ?? save(accountId, (id) => buildMessage(body, id, campaign, existing), existing);
    }
    case 'personalized': {
      const body = parseBody(existing ? PersonalizedAdGroupEditRequest : PersonalizedAdGroupCreateRequest, raw);
      if (body instanceof Response) return body;
      const violations = validatePersonalizedAdGroup(body, { campaign: facts });
      return refused(violations) ?? save(accountId, (id) => buildPersonalized(body, id, campaign, existing), existing);
    }
    default:
      return refuse([violation('campaign', 'adGroup.readonlyCampaign', { value: `${type}_${goal}` })]);
  }
}

/**
 * POST /adGroups (create) and PUT /adGroups (edit). The body's kind (Display, Message or
 * Personalized) follows from the campaign's type, never from the body (spec-notes #12).
 * The 5-second limit is the rate-limit gate's (mocks/rate-limit.ts).
 */
export function createAdGroupWriteHandlers(base: string): HttpHandler[] {
  const handle = (edit: boolean) => async ({ request }: { request: Request }) => {
    const scope = requireAccount(request);
    if (scope instanceof Response) return scope;
    const raw = await jsonBody(request);
    const target = resolve(scope.accountId, raw, edit);
    if (target instanceof Response) return target;
    return write(scope.accountId, raw, target);
  };
  return [http.post(`${base}/adGroups`, handle(false)), http.put(`${base}/adGroups`, handle(true))];
}
