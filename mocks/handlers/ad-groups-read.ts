import { http, HttpResponse, type HttpHandler } from 'msw';
import { violation } from '../../src/api/rules/violation';
import { db } from '../db';
import { adGroupNotFound, refuse } from '../kakao-error';
import { present } from './ad-group-view';
import { campaignNotFound } from './campaigns';
import { configFilter, pathId, requireAccount } from './guards';

/** The stored group a path id names, within the caller's ad account, or the 32001 refusal. */
function findGroup(request: Request, rawId: string | readonly string[] | undefined) {
  const scope = requireAccount(request);
  if (scope instanceof Response) return scope;
  const id = pathId(rawId);
  const group = id === null ? undefined : db.adGroup(scope.accountId, id);
  return group ? { group, accountId: scope.accountId } : adGroupNotFound();
}

const isStopped = (systemConfig: unknown) => systemConfig === 'ADMIN_STOP' || systemConfig === 'EXTERNAL_SERVICE_STOP';

export function createAdGroupReadHandlers(base: string): HttpHandler[] {
  return [
    // 3p (related-endpoints.md): without campaignId the list is refused with -813.
    http.get(`${base}/adGroups`, ({ request }) => {
      const scope = requireAccount(request);
      if (scope instanceof Response) return scope;
      const raw = new URL(request.url).searchParams.get('campaignId');
      const campaignId = pathId(raw ?? undefined);
      if (raw === null || raw.trim() === '') return refuse([violation('campaignId', 'required')]);
      if (campaignId === null || !db.campaign(scope.accountId, campaignId)) return campaignNotFound();
      const configs = configFilter(request);
      if (configs instanceof Response) return configs;
      const content = db
        .adGroupsOf(scope.accountId, campaignId)
        .filter((g) => configs.some((c) => c === g.config))
        .map((g) => ({ id: g.id, name: g.name, config: g.config, userConfig: g.config, systemConfig: g.systemConfig }));
      return HttpResponse.json({ content });
    }),
    http.get(`${base}/adGroups/:id`, ({ request, params }) => {
      const found = findGroup(request, params.id);
      if (found instanceof Response) return found;
      return HttpResponse.json(present(found.group, found.accountId));
    }),
    /**
     * "Only when systemConfig is ADMIN_STOP or EXTERNAL_SERVICE_STOP, the response is
     * returned": otherwise 200 with no body (ASSUMPTION: the reference shows no other case).
     */
    http.get(`${base}/adGroups/:id/latestSystemConfigHistory`, ({ request, params }) => {
      const found = findGroup(request, params.id);
      if (found instanceof Response) return found;
      const latest = db.histories(found.group.id)[0];
      if (!isStopped(found.group.systemConfig) || !latest) return new HttpResponse(null, { status: 200 });
      return HttpResponse.json(latest);
    }),
    /** Newest first; an empty list for a group that is not stopped (same sentence as above). */
    http.get(`${base}/adGroups/:id/systemConfigHistories`, ({ request, params }) => {
      const found = findGroup(request, params.id);
      if (found instanceof Response) return found;
      return HttpResponse.json(isStopped(found.group.systemConfig) ? db.histories(found.group.id) : []);
    }),
  ];
}
