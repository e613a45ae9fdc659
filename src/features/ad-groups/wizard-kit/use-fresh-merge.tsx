import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type ReactNode } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { AdGroupDetail } from '../../../api/contracts/ad-group';
import { notify } from '../../../components/notify';
import { adGroupDetailQuery } from '../api/get-ad-group';
import { useWizardT } from './i18n';
import { MergeDialog } from './merge-dialog';
import { applyChoices, sameValue, threeWayMerge, type MergeConflict, type MergeSide } from './three-way-merge';

export interface FreshMerge<T> {
  /**
   * Before an edit's full PUT: re-reads the group and merges it with the form (see
   * three-way-merge.ts), asking the user about fields changed on both sides. Resolves to
   * the values to send and the fresh group to build the body on, or null if the user
   * cancelled.
   */
  prepare: (mine: T) => Promise<{ values: T; group: AdGroupDetail } | null>;
  /** The side-by-side choice; render it anywhere in the wizard. */
  dialog: ReactNode;
}

interface Pending {
  conflicts: MergeConflict[];
  settle: (choices: Record<string, MergeSide> | null) => void;
}

export interface UseFreshMergeOptions<T extends FieldValues> {
  adAccountId: number;
  /** The group the form was loaded from (edit); null for create and duplicate. */
  loaded: AdGroupDetail | null;
  /** The wizard's own fromAdGroup: the snapshot and the fresh read compare as form values. */
  toValues: (group: AdGroupDetail) => T;
  form: Pick<UseFormReturn<T>, 'reset'>;
}

export function useFreshMerge<T extends FieldValues>({ adAccountId, loaded, toValues, form }: UseFreshMergeOptions<T>): FreshMerge<T> {
  const t = useWizardT();
  const queryClient = useQueryClient();
  // The loaded group is fixed for a wizard's life (another group remounts it).
  const [loadedSnapshot] = useState(() => (loaded ? { group: loaded, values: toValues(loaded) } : null));
  const snapshot = useRef(loadedSnapshot);
  const [pending, setPending] = useState<Pending | null>(null);
  const [round, setRound] = useState(0);
  // A second click while the re-read or the choice is open sends nothing more.
  const busy = useRef(false);
  const fieldLabel = (path: string) =>
    t(`merge.fields.${path}`, { defaultValue: t(`merge.fields.${path.split('.')[0]}`, { defaultValue: t('merge.fields.other') }) });

  const prepare = async (mine: T) => {
    if (busy.current) return null;
    busy.current = true;
    try {
      return await mergeWithFresh(mine);
    } finally {
      busy.current = false;
    }
  };

  const mergeWithFresh = async (mine: T) => {
    const base = snapshot.current;
    if (!base) throw new Error('useFreshMerge.prepare is for editing a loaded group');
    // staleTime 0: the cached detail may be the very snapshot the form came from.
    const group = await queryClient.fetchQuery({ ...adGroupDetailQuery(adAccountId, base.group.id), staleTime: 0 });
    const theirs = toValues(group);
    const result = threeWayMerge(base.values, mine, theirs);
    let values = result.merged;
    if (result.conflicts.length > 0) {
      setRound((n) => n + 1);
      const choices = await new Promise<Record<string, MergeSide> | null>((settle) =>
        setPending({ conflicts: result.conflicts, settle }),
      );
      setPending(null);
      if (!choices) return null;
      values = applyChoices(result, choices);
    }
    // The form shows what is sent, and the next save compares with this read.
    snapshot.current = { group, values: theirs };
    if (!sameValue(values, mine)) form.reset(values, { keepDefaultValues: true });
    if (result.takenFromTheirs.length > 0) {
      const fields = [...new Set(result.takenFromTheirs.map(fieldLabel))].join(', ');
      notify({ color: 'blue', message: t('merge.kept', { fields }) });
    }
    return { values, group };
  };

  const dialog = (
    <MergeDialog
      key={round}
      conflicts={pending?.conflicts ?? null}
      fieldLabel={fieldLabel}
      onResolve={(choices) => pending?.settle(choices)}
      onCancel={() => pending?.settle(null)}
    />
  );
  return { prepare, dialog };
}
