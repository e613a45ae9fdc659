import type { Context, MiddlewareHandler } from 'hono';
import { BATCH_ID_HEADER, CHANGE_ID_HEADER, UNDO_OF_HEADER } from '../../src/api/contracts/changes';
import type { AppEnv } from '../security';
import type { Store } from '../store/store';
import { insertChange, type NewChange } from './change-repo';
import { readGroup, type Forward } from './group-reader';
import { changesOf, mutationOf } from './mutation';
import { outcomeOf } from './outcome';

export interface RecorderOptions {
  store: Store;
  /** Who acts: the signed-in user, "shared token", or the sandbox's demo user. */
  userOf: (c: Context<AppEnv>) => string;
  forward: Forward;
  log: (line: string) => void;
  now?: () => Date;
}

const DIGITS = /^\d+$/;
const BATCH_ID = /^[\w-]{1,100}$/;

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function numberAt(value: unknown, key: string): number | null {
  if (typeof value !== 'object' || value === null || !(key in value)) return null;
  const found = (value as Record<string, unknown>)[key];
  return typeof found === 'number' ? found : null;
}

function campaignIdOf(...sources: unknown[]): number | null {
  for (const source of sources) {
    const campaign = typeof source === 'object' && source !== null ? (source as { campaign?: unknown }).campaign : undefined;
    const id = numberAt(campaign, 'id');
    if (id !== null) return id;
  }
  return null;
}

function nameOf(...sources: unknown[]): string | null {
  for (const source of sources) {
    const name = typeof source === 'object' && source !== null ? (source as { name?: unknown }).name : undefined;
    if (typeof name === 'string') return name;
  }
  return null;
}

/**
 * Wraps every /api ad-group mutation: reads the group before forwarding (the server's
 * own "before", not the browser's), lets the proxy forward it, and records the answer.
 * The console's headers (batch, undo) are never forwarded: the proxy builds Kakao's
 * headers from scratch. A failed write is logged and the user still gets Kakao's answer.
 */
export function recordChanges(options: RecorderOptions): MiddlewareHandler<AppEnv> {
  const now = options.now ?? (() => new Date());
  return async (c, next) => {
    // Reads are never recorded: they pass untouched, at no cost (issue 9).
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const path = new URL(c.req.url).pathname.replace(/^\/api(?=\/|$)/, '');
    const accountHeader = c.req.header('adAccountId');
    const hasBody = c.req.method === 'POST' || c.req.method === 'PUT';
    // A clone: the proxy's body limit reads the original stream after us.
    const body = hasBody ? parse(await c.req.raw.clone().text()) : null;
    const mutation = mutationOf(c.req.method, path, body);
    if (mutation === null || accountHeader === undefined || !DIGITS.test(accountHeader)) return next();
    const adAccountId = Number(accountHeader);

    const before =
      mutation.adGroupId === null ? { kind: 'unreadable' as const } : await readGroup(options.forward, adAccountId, mutation.adGroupId, c.get('kakaoToken'));
    const group = before.kind === 'found' ? before.group : null;
    if (mutation.adGroupId !== null && before.kind !== 'found') {
      options.log(`[history] could not read ad group ${mutation.adGroupId} before ${mutation.action}: "before" left empty`);
    }

    await next();

    const answerText = await c.res.clone().text();
    const outcome = outcomeOf(c.res.status, answerText);
    if (outcome === null) return;
    const answer = parse(answerText);
    const batchId = c.req.header(BATCH_ID_HEADER);
    const undoOf = c.req.header(UNDO_OF_HEADER);
    const change: NewChange = {
      at: now().toISOString(),
      user: options.userOf(c),
      adAccountId,
      campaignId: campaignIdOf(group, body, answer),
      adGroupId: mutation.adGroupId ?? (outcome.outcome === 'applied' ? numberAt(answer, 'id') : null),
      adGroupName: nameOf(group, answer, body),
      action: mutation.action,
      changes: changesOf(mutation, group, body),
      ...outcome,
      ...(batchId !== undefined && BATCH_ID.test(batchId) ? { batchId } : {}),
      ...(undoOf !== undefined && DIGITS.test(undoOf) ? { undoOf } : {}),
    };
    try {
      const id = await options.store.transaction((tx) => insertChange(tx, change));
      c.header(CHANGE_ID_HEADER, id);
    } catch (error) {
      // Kakao already answered: the change stands, only its record is lost. Say so.
      const reason = error instanceof Error ? error.message : String(error);
      options.log(
        `[history] LOST RECORD: ${mutation.action} of ad group ${change.adGroupId ?? '(new)'} in ad account ${adAccountId} was ${outcome.outcome} but not recorded: ${reason}`,
      );
    }
  };
}
