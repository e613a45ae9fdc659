import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiRequest, onRecordedChange, type RecordedChange } from './client';

// The console's own headers (issue 11): what the client sends for bulk actions and
// undos, and how it hears about a change the server recorded.
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('apiRequest: console tags and recorded changes', () => {
  it('sends the batch and undo ids as headers, and nothing without a tag', async () => {
    const seen: Array<[string | null, string | null]> = [];
    server.use(
      http.put('http://localhost/api/adGroups/onOff', ({ request }) => {
        seen.push([request.headers.get('X-Console-Batch-Id'), request.headers.get('X-Console-Undo-Of')]);
        return new HttpResponse(null, { status: 200 });
      }),
    );
    const body = { id: 1, config: 'OFF' };
    await apiRequest('/adGroups/onOff', { method: 'PUT', body, tag: { batchId: 'b-1' } });
    await apiRequest('/adGroups/onOff', { method: 'PUT', body, tag: { undoOf: 'c-9' } });
    await apiRequest('/adGroups/onOff', { method: 'PUT', body });
    expect(seen).toEqual([
      ['b-1', null],
      [null, 'c-9'],
      [null, null],
    ]);
  });

  it('announces the X-Console-Change-Id of a successful answer, not of a refusal', async () => {
    server.use(
      http.put('http://localhost/api/adGroups/bidAmount', async ({ request }) => {
        const { bidAmount } = (await request.json()) as { bidAmount: number };
        return bidAmount > 0
          ? new HttpResponse(null, { status: 200, headers: { 'X-Console-Change-Id': 'c-1' } })
          : HttpResponse.json({ code: -813, msg: 'Bad', extras: { detailCode: 32013, detailMsg: 'No' } }, { status: 400, headers: { 'X-Console-Change-Id': 'c-2' } });
      }),
    );
    const heard: RecordedChange[] = [];
    const stop = onRecordedChange((change) => heard.push(change));
    await apiRequest('/adGroups/bidAmount', { method: 'PUT', body: { id: 7, bidAmount: 500 }, adAccountId: 3 });
    await expect(apiRequest('/adGroups/bidAmount', { method: 'PUT', body: { id: 7, bidAmount: 0 } })).rejects.toThrow('No');
    stop();
    await apiRequest('/adGroups/bidAmount', { method: 'PUT', body: { id: 7, bidAmount: 600 } });
    expect(heard).toEqual([
      { changeId: 'c-1', method: 'PUT', path: '/adGroups/bidAmount', body: { id: 7, bidAmount: 500 }, adAccountId: 3, tag: undefined },
    ]);
  });

  it('reaches the console prefix for the server’s own JSON', async () => {
    server.use(http.get('http://localhost/console/changes', () => HttpResponse.json({ content: [], next: null })));
    await expect(apiRequest('/changes', { prefix: '/console' })).resolves.toBeUndefined();
  });
});
