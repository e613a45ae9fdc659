import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRequest } from '../../src/api/client';
import { ApiError } from '../../src/api/api-error';
import {
  AdServingCategoryList,
  AudiencePage,
  CategoryTree,
  CohortList,
  CUSTOMER_FILE_STATUSES,
  CustomerFileList,
  Depth1LocationList,
  Depth2LocationOptionList,
  Depth3LocationOptionList,
  SectionCategoryList,
  SMART_MESSAGE_MIN_FRIENDS,
  TalkChannelGroupFileList,
  TalkChannelProfileList,
  TrackerList,
  isTargetableCustomerFile,
  type CategoryNode,
} from '../../src/api/contracts/lookups';
import { createLookupHandlers } from './lookups';

const server = setupServer(...createLookupHandlers('http://localhost/api'));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const adAccountId = 1001;

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('location look-ups', () => {
  it('depth 1 has the 17 시/도 (A–Q), U and Z', async () => {
    const rows = await apiRequest('/targetings/location/depth1', { schema: Depth1LocationList, adAccountId });
    expect(rows.map((r) => r.value)).toEqual([...'ABCDEFGHIJKLMNOPQ'].concat('U', 'Z'));
    expect(rows.find((r) => r.value === 'E')?.description).toBe('광주광역시');
    expect(rows.find((r) => r.value === 'O')?.description).toBe('충청남도');
  });

  it('depth 2 finds regions by keyword, with the sample codes', async () => {
    const rows = await apiRequest('/targetings/location/depth2', { query: { keyword: '도봉' }, schema: Depth2LocationOptionList });
    expect(rows).toEqual([{ value: 'I1009', description: '서울특별시 도봉구', depth1Name: '서울특별시', depth2Name: '도봉구' }]);
    const gyeonggi = await apiRequest('/targetings/location/depth2', { query: { keyword: '경기도' }, schema: Depth2LocationOptionList });
    expect(gyeonggi.find((r) => r.depth2Name === '여주시')?.value).toBe('B7222');
    expect(gyeonggi.every((r) => r.value.startsWith('B'))).toBe(true);
  });

  it('depth 2 holds a few hundred regions, each a depth-1 letter plus 4 digits', async () => {
    const letters = new Map<string, number>();
    const depth1 = await apiRequest('/targetings/location/depth1', { schema: Depth1LocationList });
    for (const letter of 'ABCDEFGHIJKLMNOPQ') {
      const name = depth1.find((r) => r.value === letter)?.description ?? '';
      const rows = await apiRequest('/targetings/location/depth2', { query: { keyword: name }, schema: Depth2LocationOptionList });
      expect(rows.every((r) => new RegExp(`^${letter}\\d{4}$`).test(r.value))).toBe(true);
      letters.set(letter, rows.length);
    }
    const total = [...letters.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(200);
    expect(Math.min(...letters.values())).toBeGreaterThan(0);
  });

  it('refuses a missing or blank keyword with detailCode 7550', async () => {
    for (const query of [{}, { keyword: '   ' }]) {
      const error = await refusal(apiRequest('/targetings/location/depth2', { query, schema: Depth2LocationOptionList }));
      expect(error).toMatchObject({ kind: 'kakao', status: 400, code: -813, detailCode: 7550 });
      expect(error.detailMsg).toMatch(/검색어/);
    }
  });

  it('depth 3 extends its depth-2 value and flags deprecated regions', async () => {
    const rows = await apiRequest('/targetings/location/depth3', { query: { keyword: '전주시 덕진구' }, schema: Depth3LocationOptionList });
    expect(rows.every((r) => /^M5555\d{4}$/.test(r.value))).toBe(true);
    expect(rows.find((r) => r.value === 'M55550301')).toMatchObject({ depth3Name: '금암1동', deprecated: true });
    const wonduk = await apiRequest('/targetings/location/depth3', { query: { keyword: '원덕읍' }, schema: Depth3LocationOptionList });
    expect(wonduk.map((r) => r.value)).toEqual(['A70052424']);
  });
});

function walk(nodes: CategoryNode[], parentId: string, visit: (node: CategoryNode, parentId: string) => void): void {
  for (const node of nodes) {
    visit(node, parentId);
    walk(node.children ?? [], node.id, visit);
  }
}

describe('category look-ups', () => {
  it.each([
    ['INTEREST', 'I', ['I0202', 'I020601', 'I03', 'I320104']],
    ['BUSINESS_TYPE', 'P', ['P1021', 'P2003']],
  ] as const)('%s ids have 3, 5 or 7 characters under their parent', async (type, prefix, sampleIds) => {
    const tree = await apiRequest('/targetings/data/categories', { query: { type }, schema: CategoryTree });
    expect(tree.type).toBe(type);
    const ids: string[] = [];
    walk(tree.data, prefix, (node, parentId) => {
      expect(node.id).toMatch(new RegExp(`^${prefix}\\d{2}(\\d{2}){0,2}$`));
      expect(node.id.slice(0, -2)).toBe(parentId);
      ids.push(node.id);
    });
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining([...sampleIds]));
  });

  it('marks the sample deprecated categories and refuses an unknown type', async () => {
    const deprecated: string[] = [];
    for (const type of ['INTEREST', 'BUSINESS_TYPE']) {
      const tree = await apiRequest('/targetings/data/categories', { query: { type }, schema: CategoryTree });
      walk(tree.data, '', (node) => void (node.deprecated && deprecated.push(node.id)));
    }
    expect(deprecated.sort()).toEqual(['I320104', 'P2003']);
    const error = await refusal(apiRequest('/targetings/data/categories', { query: { type: 'AGE' }, schema: CategoryTree }));
    expect(error).toMatchObject({ kind: 'kakao', status: 400, code: -2 });
  });

  it('serves network and Bizboard section categories', async () => {
    const network = await apiRequest('/targetings/placement/adServingCategories', { schema: AdServingCategoryList });
    const sections = await apiRequest('/targetings/placement/sectionCategories', { schema: SectionCategoryList });
    expect(network.length).toBeGreaterThan(5);
    expect(sections.map((s) => s.code)).toContain('KKO99-1');
  });
});

describe('custom audience look-ups', () => {
  it('customer files cover all five states; only COMPLETE ones are ready', async () => {
    const files = await apiRequest('/customerFiles', { schema: CustomerFileList, adAccountId });
    expect(new Set(files.map((f) => f.customerFileStatus))).toEqual(new Set(CUSTOMER_FILE_STATUSES));
    expect(files.filter((f) => f.ready).every((f) => f.customerFileStatus === 'COMPLETE')).toBe(true);
    const sampleFile = files.find((f) => f.id === 1);
    expect(sampleFile && isTargetableCustomerFile(sampleFile)).toBe(true);
  });

  it('trackers carry the sample event, cohorts both types, audiences a page', async () => {
    const trackers = await apiRequest('/trackers/rights', { schema: TrackerList, adAccountId });
    const sample = trackers.find((t) => t.trackId === '123456789');
    expect(sample?.events).toContainEqual({ eventCode: 'PageView', trackRuleId: '*', trackRuleName: '방문' });
    const cohorts = await apiRequest('/targetings/cohort/list', { schema: CohortList, adAccountId });
    expect(new Set(cohorts.map((c) => c.type))).toEqual(new Set(['DISPLAY', 'MESSAGE']));
    const audiences = await apiRequest('/targetings/audiences', { query: { page: 0, size: 2 }, schema: AudiencePage });
    expect(audiences.content).toHaveLength(2);
    expect(audiences.totalElements).toBeGreaterThan(2);
  });
});

describe('Kakao Talk Channel look-ups', () => {
  it('has a channel big enough for Smart message and group files of every type', async () => {
    const profiles = await apiRequest('/adAccounts/channel/profiles', { schema: TalkChannelProfileList, adAccountId });
    expect(profiles.some((p) => (p.friendCount ?? 0) >= SMART_MESSAGE_MIN_FRIENDS)).toBe(true);
    const files = await apiRequest('/talkChannelGroupFiles', { schema: TalkChannelGroupFileList, adAccountId });
    expect(new Set(files.map((f) => f.fileType))).toEqual(new Set(['APP_USER_ID', 'PHONE_NUMBER', 'MESSAGE_RETARGET']));
    const profileIds = new Set(profiles.map((p) => p.profileId));
    expect(files.every((f) => profileIds.has(f.profileId))).toBe(true);
  });
});
