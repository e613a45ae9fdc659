import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TargetingRequest } from '../../../api/contracts/targeting';
import { targetingMessages } from '../messages';
import { describeTargeting } from './describe-targeting';
import { indexTree } from './category-tree';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ lng: 'en', resources: { en: { targeting: targetingMessages.en } }, interpolation: { escapeValue: false } });
});
const t = () => i18n.getFixedT('en', 'targeting');

const value: TargetingRequest = {
  type: 'NORMAL',
  ageType: 'NOT_ALL',
  ages: ['20', '70'],
  genderType: 'ALL',
  locationType: 'AREA',
  locations: [{ value: 'I', description: '서울특별시', depth1Name: '서울특별시' }],
  depth3Locations: [{ value: 'M55550301', description: '전북특별자치도 전주시 덕진구 금암1동', deprecated: true }],
  ufoInterests: ['I320104', 'I03'],
  customerFileTargetings: [{ customerFileId: 1, inclusionType: 'INCLUDE' }],
  trackerTargetings: [{ trackId: '123', inclusionType: 'EXCLUDE', eventCode: '*', trackRuleId: '*', trackRuleName: '모든 이벤트', term: 30 }],
  talkChannelGroupTargetings: [
    { talkChannelGroupFileId: 1, name: '앱 회원', inclusionType: 'EXCLUDE', fileType: 'APP_USER_ID', groupKey: 'gk' },
  ],
};

describe('describeTargeting', () => {
  it('lists everything chosen, with include/exclude and deprecated marks, and names where known', () => {
    const names = {
      categories: indexTree([{ id: 'I32', name: '레저/취미', children: [{ id: 'I3201', name: '캠핑', children: [{ id: 'I320104', name: '글램핑', deprecated: true }] }] }]),
      customerFiles: new Map([[1, '구매고객']]),
    };
    const lines = describeTargeting(value, t(), names);
    expect(lines.map((l) => l.label)).toEqual(['Age', 'Gender', 'Regions', 'Interests', 'Customer files', 'Pixel & SDK', 'Friend groups']);
    const byKey = Object.fromEntries(lines.map((l) => [l.key, l.items]));
    expect(byKey.ages.map((i) => i.text)).toEqual(['20–24', '70+']);
    expect(byKey.genders).toEqual([{ text: 'All genders' }]);
    expect(byKey.locations[1]).toEqual({ text: '전북특별자치도 전주시 덕진구 금암1동', deprecated: true });
    expect(byKey.interests).toEqual([{ text: '레저/취미 › 캠핑 › 글램핑', deprecated: true }, { text: 'I03' }]);
    expect(byKey.customerFiles).toEqual([{ text: '구매고객', inclusion: 'INCLUDE' }]);
    expect(byKey.trackers).toEqual([{ text: '123 · All events · last 30 days', inclusion: 'EXCLUDE' }]);
    expect(byKey.friendGroups).toEqual([{ text: '앱 회원', inclusion: 'EXCLUDE' }]);
  });

  it('marks categories the ad group reports as deprecated, even without the look-up', () => {
    const read = { ...value, ufoDeprecatedInterests: ['I03'] } as TargetingRequest;
    const interests = describeTargeting(read, t()).find((l) => l.key === 'interests');
    expect(interests?.items).toEqual([{ text: 'I320104' }, { text: 'I03', deprecated: true }]);
  });

  it('an audience is the only line', () => {
    const lines = describeTargeting({ type: 'DISPLAY', id: 101, ageType: 'ALL', genderType: 'ALL', locationType: 'ALL' }, t(), {
      audiences: new Map([[101, '2030 여성']]),
    });
    expect(lines).toEqual([{ key: 'audience', label: 'Audience', items: [{ text: '2030 여성' }] }]);
  });
});
