import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from './api-error';
import { apiRequest } from './client';
import { PopulationScoreResponse } from './contracts/population';
import { dailyBudgetFailResponse, viewAdGroupFailResponse } from './contracts/spec-samples';

const API = 'http://localhost/api';
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** The ApiError a request rejects with (fails the test if it resolves or throws something else). */
async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => new Error('expected the request to fail'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('apiRequest: what it sends', () => {
  it('adds the adAccountId header when given, and only then', async () => {
    const seen: Array<string | null> = [];
    server.use(
      http.get(`${API}/adGroups/1`, ({ request }) => {
        seen.push(request.headers.get('adAccountId'));
        return HttpResponse.json({ populationScore: 1 });
      }),
    );
    await apiRequest('/adGroups/1', { adAccountId: 27429, schema: PopulationScoreResponse });
    await apiRequest('/adGroups/1', { adAccountId: null, schema: PopulationScoreResponse });
    expect(seen).toEqual(['27429', null]);
  });

  it('joins query arrays with commas and leaves out empty values', async () => {
    let url = new URL('http://x');
    server.use(
      http.get(`${API}/adGroups`, ({ request }) => {
        url = new URL(request.url);
        return new HttpResponse(null, { status: 200 });
      }),
    );
    await apiRequest('/adGroups', { query: { campaignId: 1234, config: ['ON', 'OFF'], keyword: '', page: null, size: undefined, ids: [] } });
    expect(url.searchParams.get('campaignId')).toBe('1234');
    expect(url.searchParams.get('config')).toBe('ON,OFF');
    expect([...url.searchParams.keys()].sort()).toEqual(['campaignId', 'config']);
  });

  it('sends the body as JSON with the method given', async () => {
    let received: unknown;
    let contentType: string | null = null;
    server.use(
      http.put(`${API}/adGroups/onOff`, async ({ request }) => {
        contentType = request.headers.get('Content-Type');
        received = await request.json();
        return new HttpResponse(null, { status: 200 });
      }),
    );
    await expect(apiRequest('/adGroups/onOff', { method: 'PUT', body: { id: 1234, config: 'ON' } })).resolves.toBeUndefined();
    expect(received).toEqual({ id: 1234, config: 'ON' });
    expect(contentType).toBe('application/json');
  });
});

describe('apiRequest: Content-Type on every mutation', () => {
  it.each(['DELETE', 'PUT', 'POST'] as const)('sends application/json on a bodiless %s', async (method) => {
    let contentType: string | null = null;
    server.use(
      http.all(`${API}/adGroups/cancel/7`, ({ request }) => {
        contentType = request.headers.get('Content-Type');
        return new HttpResponse(null, { status: 200 });
      }),
    );
    await apiRequest('/adGroups/cancel/7', { method });
    expect(contentType).toBe('application/json');
  });

  it('sends none on a GET', async () => {
    let contentType: string | null = 'unset';
    server.use(
      http.get(`${API}/campaigns`, ({ request }) => {
        contentType = request.headers.get('Content-Type');
        return new HttpResponse(null, { status: 200 });
      }),
    );
    await apiRequest('/campaigns');
    expect(contentType).toBeNull();
  });
});

describe("apiRequest: Kakao's general errors (issue 8)", () => {
  const apiLimit = { code: -10, msg: 'API limit has been exceeded.', extras: {} };

  it('reads the recorded -10 answer on HTTP 400 as a rate limit, with Retry-After', async () => {
    server.use(http.put(`${API}/adGroups/onOff`, () => HttpResponse.json(apiLimit, { status: 400, headers: { 'Retry-After': '3' } })));
    const error = await failure(apiRequest('/adGroups/onOff', { method: 'PUT', body: { id: 1, config: 'ON' } }));
    expect(error).toMatchObject({ kind: 'kakao', status: 400, code: -10, detailMsg: undefined, retryAfterMs: 3_000 });
    expect(error.isRateLimited).toBe(true);
    expect(error.isAuth).toBe(false);
  });

  it('reads a negative code with a msg as an error even on HTTP 200', async () => {
    server.use(http.get(`${API}/campaigns`, () => HttpResponse.json({ code: -2, msg: 'invalid parameter' }, { status: 200 })));
    expect(await failure(apiRequest('/campaigns'))).toMatchObject({ kind: 'kakao', status: 200, code: -2 });
  });

  it('leaves a body whose positive code is data alone', async () => {
    server.use(http.get(`${API}/campaigns`, () => HttpResponse.json({ code: 3, msg: 'three' })));
    await expect(apiRequest('/campaigns', { schema: z.looseObject({ code: z.number() }) })).resolves.toMatchObject({ code: 3 });
  });

  it.each([
    [-5, 403],
    [-402, 400],
    [-402, 200],
  ])('sends code %i (HTTP %i) down the sign-in path', async (code, status) => {
    server.use(http.get(`${API}/campaigns`, () => HttpResponse.json({ code, msg: 'denied' }, { status })));
    const error = await failure(apiRequest('/campaigns'));
    expect(error.isAuth).toBe(true);
    expect(error.isRateLimited).toBe(false);
  });

  it('keeps Retry-After on a plain 429 and reads an HTTP date', async () => {
    const at = new Date(Date.now() + 60_000).toUTCString();
    server.use(http.get(`${API}/campaigns`, () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': at } })));
    const error = await failure(apiRequest('/campaigns'));
    expect(error).toMatchObject({ kind: 'http', status: 429 });
    expect(error.retryAfterMs).toBeGreaterThan(50_000);
  });
});

describe('apiRequest: what it answers', () => {
  it('parses the body with the schema', async () => {
    server.use(http.post(`${API}/targetings/populationScore`, () => HttpResponse.json({ populationScore: 134, extra: true })));
    const body = await apiRequest('/targetings/populationScore', { method: 'POST', body: {}, schema: PopulationScoreResponse });
    expect(body.populationScore).toBe(134);
  });

  it('resolves an empty HTTP 200 when no schema is given', async () => {
    server.use(http.put(`${API}/adGroups/pacing`, () => new HttpResponse('', { status: 200 })));
    await expect(apiRequest('/adGroups/pacing', { method: 'PUT', body: { id: 1, pacing: 'QUICK' } })).resolves.toBeUndefined();
  });

  it('turns Kakao\'s envelope on HTTP 400 into a kakao error with its detail', async () => {
    server.use(http.put(`${API}/adGroups/dailyBudgetAmount`, () => HttpResponse.json(dailyBudgetFailResponse, { status: 400 })));
    const error = await failure(apiRequest('/adGroups/dailyBudgetAmount', { method: 'PUT', body: { id: 1, dailyBudgetAmount: 10 } }));
    expect(error).toMatchObject({
      kind: 'kakao',
      status: 400,
      code: -813,
      detailCode: 32021,
      detailMsg: '광고그룹 일예산은 최소 10,000보다 크거나 같아야 합니다.',
      message: '광고그룹 일예산은 최소 10,000보다 크거나 같아야 합니다.',
    });
  });

  it('turns the envelope into a kakao error on HTTP 200 too (spec-notes #18)', async () => {
    server.use(http.get(`${API}/adGroups/9`, () => HttpResponse.json(viewAdGroupFailResponse, { status: 200 })));
    const error = await failure(apiRequest('/adGroups/9', { schema: z.looseObject({ id: z.number() }) }));
    expect(error).toMatchObject({ kind: 'kakao', status: 200, detailCode: 32001, detailMsg: '광고그룹이 존재하지 않습니다.' });
  });

  it('reads an envelope without detail as a kakao error named by msg', async () => {
    server.use(http.get(`${API}/adGroups`, () => HttpResponse.json({ code: -10, msg: 'KakaoMomentException' }, { status: 429 })));
    const error = await failure(apiRequest('/adGroups'));
    expect(error).toMatchObject({ kind: 'kakao', status: 429, code: -10, detailCode: undefined, message: 'KakaoMomentException' });
    expect(error.isRateLimited).toBe(true);
  });

  it.each([
    ['a JSON body that is not an envelope', () => HttpResponse.json({ error: 'Bad Gateway' }, { status: 502 })],
    ['an HTML error page', () => new HttpResponse('<html>502</html>', { status: 502, headers: { 'Content-Type': 'text/html' } })],
    ['no body at all', () => new HttpResponse(null, { status: 502 })],
  ])('turns a failed status with %s into an http error', async (_what, resolver) => {
    server.use(http.get(`${API}/campaigns`, resolver));
    expect(await failure(apiRequest('/campaigns'))).toMatchObject({ kind: 'http', status: 502 });
  });

  it('keeps 401 recognisable as an auth failure', async () => {
    server.use(http.get(`${API}/campaigns`, () => new HttpResponse(null, { status: 401 })));
    const error = await failure(apiRequest('/campaigns'));
    expect(error).toMatchObject({ kind: 'http', status: 401 });
    expect(error.isAuth).toBe(true);
  });

  it('reports a network failure as network', async () => {
    server.use(http.get(`${API}/campaigns`, () => HttpResponse.error()));
    expect(await failure(apiRequest('/campaigns'))).toMatchObject({ kind: 'network' });
  });

  it('reports a server that never answers as timeout', async () => {
    server.use(
      http.get(`${API}/campaigns`, async () => {
        await delay(2_000);
        return HttpResponse.json({});
      }),
    );
    expect(await failure(apiRequest('/campaigns', { timeoutMs: 50 }))).toMatchObject({ kind: 'timeout' });
  });

  it('reports a body that stalls after the headers as timeout too', async () => {
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"populationScore":'));
      },
    });
    server.use(http.get(`${API}/campaigns`, () => new HttpResponse(stalled, { status: 200 })));
    expect(await failure(apiRequest('/campaigns', { timeoutMs: 100 }))).toMatchObject({ kind: 'timeout' });
  });

  it('lets a cancellation by the caller through as it is, not as an error to show', async () => {
    server.use(
      http.get(`${API}/campaigns`, async () => {
        await delay(2_000);
        return HttpResponse.json({});
      }),
    );
    const controller = new AbortController();
    const pending = apiRequest('/campaigns', { signal: controller.signal });
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ApiError);
    expect((error as Error).name).toBe('AbortError');
  });

  it('reports a successful body that is not JSON as malformed', async () => {
    server.use(http.get(`${API}/campaigns`, () => HttpResponse.text('OK', { status: 200 })));
    expect(await failure(apiRequest('/campaigns'))).toMatchObject({ kind: 'malformed', status: 200 });
  });

  it('reports a body that does not match the schema as malformed', async () => {
    server.use(http.get(`${API}/targetings/populationScore`, () => HttpResponse.json({ populationScore: 'many' })));
    const error = await failure(apiRequest('/targetings/populationScore', { schema: PopulationScoreResponse }));
    expect(error).toMatchObject({ kind: 'malformed', status: 200 });
  });

  it('reports an empty body as malformed when a schema expects one', async () => {
    server.use(http.get(`${API}/targetings/populationScore`, () => new HttpResponse(null, { status: 200 })));
    expect(await failure(apiRequest('/targetings/populationScore', { schema: PopulationScoreResponse }))).toMatchObject({
      kind: 'malformed',
    });
  });
});
