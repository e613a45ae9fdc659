import { lazy, Suspense } from 'react';
import type { AdGroupDetail } from '../../../api/contracts/ad-group';
import type { Campaign } from '../../../api/contracts/campaign';
import { LoadingSkeleton } from '../../../components/loading-skeleton';
import type { DisplayWizardMode } from '../display-form/display-wizard';

// Each kind's wizard is its own chunk: a Display campaign never downloads the Message form.
const DisplayWizard = lazy(() => import('../display-form/display-wizard').then((m) => ({ default: m.DisplayWizard })));
const MessageWizard = lazy(() => import('../message-form/message-wizard').then((m) => ({ default: m.MessageWizard })));
const PersonalizedForm = lazy(() =>
  import('../personalized-form/personalized-form').then((m) => ({ default: m.PersonalizedForm })),
);

export type WizardTarget = { kind: 'create' } | { kind: 'duplicate'; source: AdGroupDetail } | { kind: 'edit'; group: AdGroupDetail };

interface Props {
  adAccountId: number;
  campaign: Campaign;
  target: WizardTarget;
}

export function DisplayWizardChunk({ adAccountId, campaign, target }: Props) {
  const mode: DisplayWizardMode = target;
  // A new key per group and mode: switching from one edit to another starts a fresh form.
  const key = target.kind === 'create' ? 'create' : target.kind === 'edit' ? `edit:${target.group.id}` : `dup:${target.source.id}`;
  return (
    <Suspense fallback={<LoadingSkeleton rows={4} />}>
      <DisplayWizard key={key} adAccountId={adAccountId} campaign={campaign} mode={mode} />
    </Suspense>
  );
}

/** The Message and Personalized wizards load their group themselves, by id. */
function byId(target: WizardTarget): { mode: 'create' | 'edit' | 'duplicate'; adGroupId?: number; key: string } {
  if (target.kind === 'edit') return { mode: 'edit', adGroupId: target.group.id, key: `edit:${target.group.id}` };
  if (target.kind === 'duplicate') return { mode: 'duplicate', adGroupId: target.source.id, key: `dup:${target.source.id}` };
  return { mode: 'create', key: 'create' };
}

export function MessageWizardChunk({ adAccountId, campaign, target }: Props) {
  const { key, ...mode } = byId(target);
  return (
    <Suspense fallback={<LoadingSkeleton rows={4} />}>
      <MessageWizard key={key} adAccountId={adAccountId} campaign={campaign} {...mode} />
    </Suspense>
  );
}

export function PersonalizedFormChunk({ adAccountId, campaign, target }: Props) {
  const { key, ...mode } = byId(target);
  return (
    <Suspense fallback={<LoadingSkeleton rows={2} />}>
      <PersonalizedForm key={key} adAccountId={adAccountId} campaign={campaign} {...mode} />
    </Suspense>
  );
}
