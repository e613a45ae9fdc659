import type { HttpHandler } from 'msw';
import { createRateLimitGate } from '../rate-limit';
import { createAccountHandlers } from './accounts';
import { createAdGroupPartialHandlers } from './ad-groups-partial';
import { createAdGroupReadHandlers } from './ad-groups-read';
import { createAdGroupWriteHandlers } from './ad-groups-write';
import { createCampaignHandlers } from './campaigns';
import { createLookupHandlers } from './lookups';
import { createPopulationHandlers } from './population';
import { createReportHandlers } from '../report';
import { createSandboxHandlers } from './sandbox';

/**
 * Every route of the mock Kakao Moment. `base` stands for Kakao's `/openapi/v4`
 * (decision 0002): '/api' in the browser, 'http://localhost/api' in Vitest,
 * `${KAKAO_API_BASE}/openapi/v4` in the server's sandbox.
 *
 * Order matters: the rate-limit gate comes first and passes on what it lets through;
 * the fixed paths (/adGroups/dailyBudgetAmount, /adGroups/cancel/:id…) come before
 * /adGroups/:id, so a word is never read as an id.
 */
export function createHandlers(base: string): HttpHandler[] {
  return [
    createRateLimitGate(base),
    ...createSandboxHandlers(base),
    ...createAccountHandlers(base),
    ...createCampaignHandlers(base),
    ...createAdGroupPartialHandlers(base),
    ...createAdGroupWriteHandlers(base),
    ...createReportHandlers(base),
    ...createAdGroupReadHandlers(base),
    ...createPopulationHandlers(base),
    ...createLookupHandlers(base),
  ];
}
