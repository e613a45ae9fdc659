import { describe, expect, it } from 'vitest';
import { AdGroupDetail } from '../../../api/contracts/ad-group';
import {
  PersonalizedAdGroupCreateRequest,
  PersonalizedAdGroupEditRequest,
} from '../../../api/contracts/ad-group-requests';
import {
  createPersonalizedAdGroupRequest,
  createPersonalizedAdGroupResponse,
  editPersonalizedAdGroupRequest,
  editPersonalizedAdGroupResponse,
} from '../../../api/contracts/spec-samples';
import {
  defaultPersonalizedName,
  fromPersonalizedAdGroup,
  parsePersonalizedDraft,
  toPersonalizedEditPayload,
  toPersonalizedPayload,
} from './payload';

describe('Personalized message payloads', () => {
  it('builds the create sample', () => {
    const body = toPersonalizedPayload({ name: 'Test Personalized message ad group' }, 1);
    expect(body).toEqual(createPersonalizedAdGroupRequest);
    expect(PersonalizedAdGroupCreateRequest.parse(body)).toEqual(body);
  });

  it('reads the create response back to the name it was sent with', () => {
    const group = AdGroupDetail.parse(createPersonalizedAdGroupResponse);
    expect(toPersonalizedPayload(fromPersonalizedAdGroup(group), group.campaign.id)).toEqual(createPersonalizedAdGroupRequest);
  });

  it('builds the edit sample: id, campaign and name only', () => {
    const loaded = AdGroupDetail.parse({
      ...editPersonalizedAdGroupResponse,
      id: 11111,
      campaign: { ...editPersonalizedAdGroupResponse.campaign, id: 11111 },
    });
    const body = toPersonalizedEditPayload({ name: 'Edit Personalized message ad group' }, loaded);
    expect(body).toEqual(editPersonalizedAdGroupRequest);
    expect(PersonalizedAdGroupEditRequest.parse(body)).toEqual(body);
  });

  it('trims the name, and names a new group the Kakao way', () => {
    expect(toPersonalizedPayload({ name: '  주문 알림  ' }, 7).name).toBe('주문 알림');
    expect(defaultPersonalizedName(new Date('2023-06-15T00:13:00Z'))).toBe('개인화 메시지_도달_202306150913');
  });

  it('drafts must fit the form', () => {
    expect(parsePersonalizedDraft({ name: 'a' })).toEqual({ name: 'a' });
    expect(parsePersonalizedDraft({ name: 3 })).toBeNull();
  });
});
