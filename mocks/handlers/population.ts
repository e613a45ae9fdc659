import { http, HttpResponse, type HttpHandler } from 'msw';
import { PopulationScoreRequest } from '../../src/api/contracts/population';
import { pickedRegions, CUSTOM_AUDIENCE_KEYS, type TargetingView } from '../../src/api/rules/targeting';
import { TALK_CHANNEL_PROFILES } from '../data/channels';
import { jsonBody, parseBody, requireAccount } from './guards';

export interface PopulationInput {
  /** The Talk Channel whose friends receive the messages (the campaign's objective value). */
  profileId?: string | null;
  targeting?: TargetingView | null;
  deviceTypes?: readonly string[] | null;
  smartMessage?: boolean | null;
}

/** Without a known channel, the size of a mid-sized channel. */
const DEFAULT_FRIENDS = 100_000;
/** Smart message sends to at most half of the friends (the reference, smartMessage). */
const SMART_MESSAGE_SHARE = 0.5;
const AGE_BANDS = 12;

function share(t: TargetingView): number {
  let s = 1;
  if (t.type === 'DISPLAY' || t.type === 'MESSAGE') s *= 0.2;
  if (t.ageType === 'NOT_ALL' && (t.ages?.length ?? 0) > 0) s *= (t.ages?.length ?? 0) / AGE_BANDS;
  if (t.genderType === 'NOT_ALL' && (t.genders?.length ?? 0) === 1) s *= 0.5;
  if (t.locationType === 'AREA') {
    const r = pickedRegions(t);
    const area = r.depth1.length * 0.06 + r.depth2.length * 0.012 + r.depth3.length * 0.002;
    if (area > 0) s *= Math.min(1, area);
  }
  for (const key of CUSTOM_AUDIENCE_KEYS) {
    const items: readonly unknown[] = t[key] ?? [];
    for (const item of items) {
      const exclude = typeof item === 'object' && item !== null && 'inclusionType' in item && item.inclusionType === 'EXCLUDE';
      s *= exclude ? 0.9 : 0.35;
    }
  }
  return s;
}

/**
 * The sandbox's estimate of a Message ad group's audience: the channel's friends,
 * narrowed by every targeting choice (so more targeting means fewer people), by a single
 * OS, and by Smart message's 50 %. Deterministic: the same input always gives the same
 * number, so tests and the contract-count rule agree.
 */
export function estimatePopulation(input: PopulationInput): number {
  const friends = TALK_CHANNEL_PROFILES.find((p) => p.profileId === input.profileId)?.friendCount ?? DEFAULT_FRIENDS;
  let s = input.targeting ? share(input.targeting) : 1;
  const devices = input.deviceTypes ?? [];
  if (devices.length === 1) s *= devices[0] === 'IOS' ? 0.3 : 0.7;
  if (input.smartMessage) s *= SMART_MESSAGE_SHARE;
  return Math.floor(friends * s);
}

/**
 * POST /targetings/populationScore. spec-notes #15: answers `{populationScore: N}`, as the
 * sample does. The body is read with its contract, which lets the sample's extra keys pass.
 */
export function createPopulationHandlers(base: string): HttpHandler[] {
  return [
    http.post(`${base}/targetings/populationScore`, async ({ request }) => {
      const scope = requireAccount(request);
      if (scope instanceof Response) return scope;
      const body = parseBody(PopulationScoreRequest, await jsonBody(request));
      if (body instanceof Response) return body;
      const populationScore = estimatePopulation({
        profileId: body.objective?.value,
        targeting: body.targeting,
        deviceTypes: body.deviceTypes,
        smartMessage: body.smartMessage,
      });
      return HttpResponse.json({ populationScore });
    }),
  ];
}
