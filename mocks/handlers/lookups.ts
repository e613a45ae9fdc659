import { http, HttpResponse, type HttpHandler } from 'msw';
import { CATEGORY_TYPES, type CategoryType } from '../../src/api/contracts/lookups';
import { DEPTH1_LOCATIONS, DEPTH2_LOCATIONS, DEPTH3_LOCATIONS } from '../data/locations';
import { CATEGORY_TREES } from '../data/categories';
import { AD_SERVING_CATEGORIES, SECTION_CATEGORIES } from '../data/placement-categories';
import { AUDIENCES, COHORTS, CUSTOMER_FILES, TRACKERS } from '../data/custom-audiences';
import { TALK_CHANNEL_GROUP_FILES, TALK_CHANNEL_PROFILES } from '../data/channels';

/** Kakao's refusal envelope (related-endpoints.md, Errors). */
function kakaoRefusal(status: number, code: number, detailCode: number | undefined, detailMsg: string): Response {
  return HttpResponse.json(
    { code, msg: 'KakaoMomentException', extras: { ...(detailCode === undefined ? {} : { detailCode }), detailMsg } },
    { status },
  );
}

/** Missing keyword on a location search (doc: detailCode 7550). */
const KEYWORD_REQUIRED = 7550;

/**
 * `?keyword=` is a substring of `description` (whitespace collapsed; dropping spaces
 * altogether would let "도봉" find "경상북도 봉화군"). ASSUMPTION: depth 3 refuses a
 * blank keyword like depth 2 does.
 */
function searchLocations(request: Request, rows: readonly { description: string }[]): Response {
  const keyword = (new URL(request.url).searchParams.get('keyword') ?? '').trim().replace(/\s+/g, ' ');
  if (keyword === '') return kakaoRefusal(400, -813, KEYWORD_REQUIRED, '검색어를 입력해 주세요.');
  return HttpResponse.json(rows.filter((row) => row.description.includes(keyword)));
}

function isCategoryType(value: string | null): value is CategoryType {
  return CATEGORY_TYPES.some((type) => type === value);
}

const DEFAULT_PAGE_SIZE = 20;

/** Spring-style paging as Kakao's other `content[]` pages answer it. */
function page<T>(request: Request, rows: readonly T[]) {
  const params = new URL(request.url).searchParams;
  const pageIndex = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const size = Math.max(1, Number(params.get('size') ?? DEFAULT_PAGE_SIZE) || DEFAULT_PAGE_SIZE);
  return {
    content: rows.slice(pageIndex * size, pageIndex * size + size),
    page: pageIndex,
    size,
    totalElements: rows.length,
    totalPages: Math.ceil(rows.length / size),
  };
}

/**
 * The look-ups the ad group forms need. `base` stands for Kakao's `/openapi/v4`:
 * 'https://apis.moment.kakao.com/openapi/v4' in the server sandbox,
 * 'http://localhost/api' in Vitest, '/api' in the browser worker.
 * The data is the same for every ad account; it is read-only, so nothing here needs reset().
 */
export function createLookupHandlers(base: string): HttpHandler[] {
  return [
    http.get(`${base}/targetings/location/depth1`, () => HttpResponse.json(DEPTH1_LOCATIONS)),
    http.get(`${base}/targetings/location/depth2`, ({ request }) => searchLocations(request, DEPTH2_LOCATIONS)),
    http.get(`${base}/targetings/location/depth3`, ({ request }) => searchLocations(request, DEPTH3_LOCATIONS)),
    http.get(`${base}/targetings/placement/adServingCategories`, () => HttpResponse.json(AD_SERVING_CATEGORIES)),
    http.get(`${base}/targetings/placement/sectionCategories`, () => HttpResponse.json(SECTION_CATEGORIES)),
    http.get(`${base}/targetings/data/categories`, ({ request }) => {
      const type = new URL(request.url).searchParams.get('type');
      // Not documented: an unknown type is answered as a bad parameter (code -2).
      if (!isCategoryType(type)) return kakaoRefusal(400, -2, undefined, 'type은 INTEREST 또는 BUSINESS_TYPE이어야 합니다.');
      return HttpResponse.json(CATEGORY_TREES[type]);
    }),
    http.get(`${base}/customerFiles`, () => HttpResponse.json(CUSTOMER_FILES)),
    // Rate limit (doc): 1 call every 5 s per ad account. The sandbox's limiter
    // (mocks/rate-limit.ts) should check here, before answering, keyed by the adAccountId header.
    http.get(`${base}/trackers/rights`, () => HttpResponse.json(TRACKERS)),
    http.get(`${base}/targetings/cohort/list`, () => HttpResponse.json(COHORTS)),
    http.get(`${base}/targetings/audiences`, ({ request }) => HttpResponse.json(page(request, AUDIENCES))),
    http.get(`${base}/adAccounts/channel/profiles`, () => HttpResponse.json(TALK_CHANNEL_PROFILES)),
    http.get(`${base}/talkChannelGroupFiles`, () => HttpResponse.json(TALK_CHANNEL_GROUP_FILES)),
  ];
}
