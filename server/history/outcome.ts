import type { ChangeOutcome } from '../../src/api/contracts/changes';
import { asErrorEnvelope } from '../../src/api/contracts/error';

export interface Outcome {
  outcome: ChangeOutcome;
  detailCode?: number;
  detailMsg?: string;
}

// The proxy's own answers when Kakao gave none: the change may or may not have happened.
const NO_ANSWER = new Set(['upstream_timeout', 'upstream_unreachable']);

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * What the proxy's answer means for the record. Null: the console itself refused the
 * request (bad path, foreign origin, body too large…), so it never reached Kakao.
 */
export function outcomeOf(status: number, text: string): Outcome | null {
  const body = parse(text);
  // spec-notes #18: an error envelope can come with HTTP 200.
  const envelope = asErrorEnvelope(body);
  if (envelope) {
    return {
      outcome: 'refused',
      ...(envelope.extras?.detailCode === undefined ? {} : { detailCode: envelope.extras.detailCode }),
      ...(envelope.extras?.detailMsg === undefined ? {} : { detailMsg: envelope.extras.detailMsg }),
    };
  }
  if (status >= 200 && status < 300) return { outcome: 'applied' };
  const consoleError =
    typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'string' ? body.error : null;
  if (consoleError !== null) return NO_ANSWER.has(consoleError) ? { outcome: 'unknown' } : null;
  return { outcome: 'refused' };
}
