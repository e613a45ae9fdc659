import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { AdGroupDetail, DisplayAdGroup, MessageAdGroup, PersonalizedAdGroup } from './ad-group';
import { AdGroupList } from './ad-group-list';
import {
  BidAmountRequest,
  DailyBudgetRequest,
  DisplayAdGroupCreateRequest,
  DisplayAdGroupEditRequest,
  MessageAdGroupCreateRequest,
  MessageAdGroupEditRequest,
  OnOffRequest,
  PacingRequest,
  PersonalizedAdGroupCreateRequest,
  PersonalizedAdGroupEditRequest,
} from './ad-group-requests';
import { asErrorEnvelope, ErrorEnvelope } from './error';
import { PopulationScoreRequest, PopulationScoreResponse } from './population';
import * as samples from './spec-samples';
import { SystemStopReason, SystemStopReasonList } from './system-stop';
import { Targeting } from './targeting';

type SampleName = keyof typeof samples;

/** Every sample of the reference, with the contract that reads it. */
const CONTRACT_OF: Record<SampleName, z.ZodType> = {
  listAdGroupsResponse: AdGroupList,
  viewDisplayAdGroupResponse: DisplayAdGroup,
  viewAdGroupFailResponse: ErrorEnvelope,
  createDisplayAdGroupRequest: DisplayAdGroupCreateRequest,
  createDisplayAdGroupResponse: DisplayAdGroup,
  editDisplayAdGroupRequest: DisplayAdGroupEditRequest,
  editDisplayAdGroupResponse: DisplayAdGroup,
  dailyBudgetRequest: DailyBudgetRequest,
  dailyBudgetFailResponse: ErrorEnvelope,
  bidAmountRequest: BidAmountRequest,
  bidAmountFailResponse: ErrorEnvelope,
  pacingRequest: PacingRequest,
  pacingFailResponse: ErrorEnvelope,
  createMessageAdGroupRequest: MessageAdGroupCreateRequest,
  createMessageAdGroupResponse: MessageAdGroup,
  editMessageAdGroupRequest: MessageAdGroupEditRequest,
  editMessageAdGroupResponse: MessageAdGroup,
  populationScoreRequest: PopulationScoreRequest,
  populationScoreResponse: PopulationScoreResponse,
  createPersonalizedAdGroupRequest: PersonalizedAdGroupCreateRequest,
  createPersonalizedAdGroupResponse: PersonalizedAdGroup,
  editPersonalizedAdGroupRequest: PersonalizedAdGroupEditRequest,
  editPersonalizedAdGroupResponse: PersonalizedAdGroup,
  onOffRequest: OnOffRequest,
  onOffFailResponse: ErrorEnvelope,
  deleteAdGroupFailResponse: ErrorEnvelope,
  systemStopReasonAdminStopResponse: SystemStopReason,
  systemStopReasonExternalStopResponse: SystemStopReason,
  systemStopReasonFailResponse: ErrorEnvelope,
  systemStopReasonListResponse: SystemStopReasonList,
  systemStopReasonListFailResponse: ErrorEnvelope,
  messagePriceTableUntargetedTargeting: Targeting,
};

const AD_GROUP_RESPONSES = [
  'viewDisplayAdGroupResponse',
  'createDisplayAdGroupResponse',
  'editDisplayAdGroupResponse',
  'createMessageAdGroupResponse',
  'editMessageAdGroupResponse',
  'createPersonalizedAdGroupResponse',
  'editPersonalizedAdGroupResponse',
] as const satisfies readonly SampleName[];

describe('the reference samples', () => {
  it('are all mapped to a contract (a new sample must be added here)', () => {
    expect(Object.keys(CONTRACT_OF).sort()).toEqual(Object.keys(samples).sort());
  });

  it.each(Object.entries(CONTRACT_OF))('%s parses with its contract', (name, schema) => {
    const result = schema.safeParse(samples[name as SampleName]);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it.each(AD_GROUP_RESPONSES)('%s also parses as AdGroupDetail, the lenient read of any kind', (name) => {
    const parsed = AdGroupDetail.parse(samples[name]);
    expect(parsed.id).toBe(samples[name].id);
    expect(parsed.campaign.campaignTypeGoal?.campaignType).toBe(samples[name].campaign.campaignTypeGoal.campaignType);
  });

  it('every failure sample is recognised as a Kakao error, with its detail code', () => {
    const failures = (Object.keys(samples) as SampleName[]).filter((name) => name.endsWith('FailResponse'));
    expect(failures).toHaveLength(8);
    for (const name of failures) {
      expect(asErrorEnvelope(samples[name])?.extras?.detailCode, name).toBeTypeOf('number');
    }
  });

  it('keeps the document typos in the fixtures, so the normalizations are really exercised', () => {
    expect(samples.viewDisplayAdGroupResponse.targeting).toHaveProperty('depth2locations');
    expect(samples.viewDisplayAdGroupResponse.targeting.depth2locations[0]).toHaveProperty('desrciption');
    expect(samples.createDisplayAdGroupRequest.targeting).toHaveProperty('sectionCategories');
    expect(samples.createDisplayAdGroupRequest.targeting.talkChannelTargetings[0].profileId).toBe(1);
  });
});
