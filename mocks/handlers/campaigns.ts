import { http, HttpResponse, type HttpHandler } from 'msw';
import { db } from '../db';
import { kakaoError } from '../kakao-error';
import { configFilter, pathId, requireAccount } from './guards';

/**
 * ASSUMPTION: the reference does not document campaign errors; an unknown campaign is
 * answered like an unknown ad group, with a campaign code in the same range.
 */
export const CAMPAIGN_NOT_FOUND = 31001;

export function campaignNotFound(): Response {
  return kakaoError(400, CAMPAIGN_NOT_FOUND, '캠페인이 존재하지 않습니다.');
}

/** GET /campaigns?config=… (id, name and statuses only) and GET /campaigns/{id} (the detail). */
export function createCampaignHandlers(base: string): HttpHandler[] {
  return [
    http.get(`${base}/campaigns`, ({ request }) => {
      const scope = requireAccount(request);
      if (scope instanceof Response) return scope;
      const configs = configFilter(request);
      if (configs instanceof Response) return configs;
      const content = db
        .campaignsOf(scope.accountId)
        .filter((c) => configs.some((config) => config === c.config))
        .map((c) => ({ id: c.id, name: c.name, config: c.config, userConfig: c.config, systemConfig: c.systemConfig }));
      return HttpResponse.json({ content });
    }),
    http.get(`${base}/campaigns/:id`, ({ request, params }) => {
      const scope = requireAccount(request);
      if (scope instanceof Response) return scope;
      const id = pathId(params.id);
      const campaign = id === null ? undefined : db.campaign(scope.accountId, id);
      return campaign ? HttpResponse.json(campaign) : campaignNotFound();
    }),
  ];
}
