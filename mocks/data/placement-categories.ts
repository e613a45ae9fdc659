import type { AdServingCategory, SectionCategory } from '../../src/api/contracts/lookups';

/*
 * ASSUMPTION: neither list's codes are documented (related-endpoints.md: path 3p, shape
 * inf). Only `KKO99-1` appears in the reference's Bizboard sample; the other codes follow
 * its pattern. Network codes are the sandbox's own.
 */

/** Network (Kakao's partner apps and sites) content categories. */
export const AD_SERVING_CATEGORIES: readonly AdServingCategory[] = [
  { code: 'NEWS', name: '뉴스/미디어' },
  { code: 'GAME', name: '게임' },
  { code: 'COMMUNITY', name: '커뮤니티' },
  { code: 'SHOPPING', name: '쇼핑' },
  { code: 'FINANCE', name: '금융' },
  { code: 'EDUCATION', name: '교육' },
  { code: 'ENTERTAINMENT', name: '엔터테인먼트' },
  { code: 'LIFESTYLE', name: '라이프스타일' },
  { code: 'SPORTS', name: '스포츠' },
  { code: 'TRAVEL', name: '여행/교통' },
  { code: 'HEALTH', name: '건강/의료' },
  { code: 'UTILITY', name: '유틸리티' },
];

/** Bizboard "only displayed in the Chat tab" sections. */
export const SECTION_CATEGORIES: readonly SectionCategory[] = [
  { code: 'KKO99-1', name: '채팅탭 전체' },
  { code: 'KKO01-1', name: '채팅탭 일반채팅' },
  { code: 'KKO02-1', name: '채팅탭 오픈채팅' },
  { code: 'KKO03-1', name: '채팅탭 채널' },
];
