import { setupServer } from 'msw/node';
import { useCallback, useState, type ReactNode } from 'react';
import { createLookupHandlers } from '../../../mocks/handlers/lookups';
import type { TargetingRequest } from '../../api/contracts/targeting';
import type { FieldErrors, TargetingEditorContext } from './editor-context';
import { emptyTargeting } from './model/targeting-value';
import { TargetingEditor, type TargetingEditorProps } from './targeting-editor';

// Test-only helpers for the targeting component tests (imported by *.test.tsx only).

/** jsdom's origin (Vitest: http://localhost:3000); the client calls `${origin}/api/…`. */
export const API_BASE = `${window.location.origin}/api`;

export function createLookupServer() {
  return setupServer(...createLookupHandlers(API_BASE));
}

export const DISPLAY_CONTEXT: TargetingEditorContext = {
  campaignType: 'DISPLAY',
  goal: 'CONVERSION',
  kind: 'display',
  adult: false,
  adultLocked: false,
};

export const MESSAGE_CONTEXT: TargetingEditorContext = {
  campaignType: 'TALK_CHANNEL',
  goal: 'REACH',
  kind: 'message',
  adult: false,
  adultLocked: false,
};

export interface HarnessProps {
  initial?: TargetingRequest;
  context?: Partial<TargetingEditorContext>;
  errors?: FieldErrors;
  /** Every value the editor emits, in order. */
  values: TargetingRequest[];
  withAdultSwitch?: boolean;
  /** The part under test; the whole editor by default (a part renders faster). */
  part?: (props: TargetingEditorProps) => ReactNode;
}

/** Holds the value like a form would, so the controlled editor can be driven end to end. */
export function Harness({
  initial = emptyTargeting(),
  context,
  errors,
  values,
  withAdultSwitch = false,
  part = TargetingEditor,
}: HarnessProps) {
  const [value, setValue] = useState(initial);
  const [adult, setAdult] = useState(context?.adult ?? false);
  const onChange = useCallback(
    (next: TargetingRequest) => {
      values.push(next);
      setValue(next);
    },
    [values],
  );
  return part({
    value,
    onChange,
    context: { ...DISPLAY_CONTEXT, ...context, adult },
    adAccountId: 1,
    errors,
    onAdultChange: withAdultSwitch ? setAdult : undefined,
  });
}

export const last = (values: readonly TargetingRequest[]) => values[values.length - 1];
