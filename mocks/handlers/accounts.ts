import { http, HttpResponse, type HttpHandler } from 'msw';
import { db } from '../db';
import { kakaoError, MOCK_DETAIL_CODES } from '../kakao-error';
import { configFilter, pathId } from './guards';

const DEFAULT_PAGE_SIZE = 10;

/**
 * GET /adAccounts/pages and /adAccounts/{id} (related-endpoints.md). They take no
 * adAccountId header: these calls are how the console learns which accounts exist.
 */
export function createAccountHandlers(base: string): HttpHandler[] {
  return [
    http.get(`${base}/adAccounts/pages`, ({ request }) => {
      const configs = configFilter(request);
      if (configs instanceof Response) return configs;
      const params = new URL(request.url).searchParams;
      const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
      const size = Math.max(1, Number(params.get('size') ?? DEFAULT_PAGE_SIZE) || DEFAULT_PAGE_SIZE);
      const rows = db.accounts().filter((a) => configs.some((c) => c === a.config));
      return HttpResponse.json({
        content: rows.slice(page * size, page * size + size),
        page,
        size,
        totalElements: rows.length,
        totalPages: Math.ceil(rows.length / size),
      });
    }),
    http.get(`${base}/adAccounts/:id`, ({ params }) => {
      const id = pathId(params.id);
      const account = id === null ? undefined : db.account(id);
      if (!account) return kakaoError(400, MOCK_DETAIL_CODES.adAccountNotFound, '광고계정이 존재하지 않습니다.');
      return HttpResponse.json(account);
    }),
  ];
}
