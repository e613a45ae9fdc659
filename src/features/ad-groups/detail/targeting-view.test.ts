import { describe, expect, it } from 'vitest';
import { viewDisplayAdGroupResponse } from '../../../api/contracts/spec-samples';
import { Targeting } from '../../../api/contracts/targeting';
import { toTargetingView } from './targeting-view';

describe('toTargetingView', () => {
  it('keeps the three depths, the deprecated marks and the deprecated categories of the reference sample', () => {
    const view = toTargetingView(Targeting.parse(viewDisplayAdGroupResponse.targeting));
    expect(view.locationType).toBe('AREA');
    expect(view.locations?.map((l) => l.value)).toEqual(['E', 'O']);
    expect(view.depth2Locations?.map((l) => l.description)).toEqual(['경기도 여주시', '서울특별시 도봉구']);
    expect(view.depth3Locations?.map((l) => l.deprecated ?? false)).toEqual([false, true]);
    expect(view.ufoDeprecatedInterests).toEqual(['I320104']);
    expect(view.ufoDeprecatedBusinessTypes).toEqual(['P2003']);
  });

  it('closes open enums to what the summary knows, and keeps include/exclude', () => {
    const view = toTargetingView(
      Targeting.parse({
        type: 'SOMETHING_NEW',
        ageType: 'NOT_ALL',
        ages: ['20', '99'],
        genderType: 'WHATEVER',
        locationType: 'ALL',
        customerFileTargetings: [{ customerFileId: 7, inclusionType: 'EXCLUDE' }],
        cohortTargetings: [{ cohortId: 3 }],
        talkChannelGroupTargetings: [{ talkChannelGroupFileId: 5, inclusionType: 'INCLUDE', fileType: 'PHONE_NUMBER' }],
      }),
    );
    expect(view.type).toBeUndefined();
    expect(view.ages).toEqual(['20']);
    expect(view.genderType).toBe('ALL');
    expect(view.customerFileTargetings).toEqual([{ customerFileId: 7, inclusionType: 'EXCLUDE' }]);
    expect(view.cohortTargetings).toEqual([{ cohortId: '3', inclusionType: 'INCLUDE' }]);
    expect(view.talkChannelGroupTargetings?.[0]).toMatchObject({ name: '#5', inclusionType: 'INCLUDE' });
  });

  it('keeps a saved audience by its id', () => {
    expect(toTargetingView(Targeting.parse({ type: 'DISPLAY', id: '42' }))).toMatchObject({ type: 'DISPLAY', id: 42 });
  });
});
