import { describe, expect, it } from 'vitest';
import { PersonalizedAdGroupCreateRequest, PersonalizedAdGroupEditRequest } from '../contracts/ad-group-requests';
import { createPersonalizedAdGroupRequest, editPersonalizedAdGroupRequest } from '../contracts/spec-samples';
import { validatePersonalizedAdGroup } from './validate-personalized';

const ctx = { campaign: { campaignType: 'PERSONAL_MESSAGE', goal: 'REACH' } };

describe('validatePersonalizedAdGroup', () => {
  it('accepts the create and edit samples', () => {
    expect(validatePersonalizedAdGroup(PersonalizedAdGroupCreateRequest.parse(createPersonalizedAdGroupRequest), ctx)).toEqual([]);
    expect(validatePersonalizedAdGroup(PersonalizedAdGroupEditRequest.parse(editPersonalizedAdGroupRequest), ctx)).toEqual([]);
  });

  it('allows a 50-character name, not 51', () => {
    const body = { campaign: { id: 1 } };
    expect(validatePersonalizedAdGroup({ ...body, name: 'a'.repeat(50) }, ctx)).toEqual([]);
    expect(validatePersonalizedAdGroup({ ...body, name: 'a'.repeat(51) }, ctx)[0].rule).toBe('name.tooLong');
  });

  it('refuses other campaign types', () => {
    const display = { campaign: { campaignType: 'DISPLAY', goal: 'VISITING' } };
    expect(validatePersonalizedAdGroup({ campaign: { id: 1 } }, display)[0].rule).toBe('adGroup.readonlyCampaign');
  });
});
