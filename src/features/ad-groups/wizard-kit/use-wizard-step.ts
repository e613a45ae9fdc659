import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';

export interface WizardStepState<S extends string> {
  step: S;
  index: number;
  isFirst: boolean;
  isLast: boolean;
  /** Pushes a history entry, so the browser's back and forward move between steps. */
  goTo: (step: S) => void;
  next: () => void;
  back: () => void;
}

/** An unknown or missing `?step=` (an old link, a typo) opens the first step. */
export function stepFromSearch<S extends string>(steps: readonly S[], raw: unknown): S {
  return steps.find((s) => s === raw) ?? steps[0];
}

/**
 * The wizard's step lives in the URL (architecture.md, convention 4): `?step=budget`.
 * Other search params (`from`…) are kept. Checking a step's fields before `next` is the
 * wizard's job; this hook only moves.
 */
export function useWizardStep<S extends string>(steps: readonly S[]): WizardStepState<S> {
  const search: { step?: unknown } = useSearch({ strict: false });
  const navigate = useNavigate();
  const step = stepFromSearch(steps, search.step);
  const index = steps.indexOf(step);
  const goTo = useCallback(
    (target: S) => {
      void navigate({ to: '.', search: (prev) => ({ ...prev, step: target }) });
    },
    [navigate],
  );
  return useMemo(
    () => ({
      step,
      index,
      isFirst: index === 0,
      isLast: index === steps.length - 1,
      goTo,
      next: () => goTo(steps[Math.min(index + 1, steps.length - 1)]),
      back: () => goTo(steps[Math.max(index - 1, 0)]),
    }),
    [step, index, steps, goTo],
  );
}
