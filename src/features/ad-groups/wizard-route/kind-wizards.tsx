import { lazy, Suspense } from 'react';
import type { AdGroupDetail } from '../../../api/contracts/ad-group';
import type { Campaign } from '../../../api/contracts/campaign';
import { LoadingSkeleton } from '../../../components/loading-skeleton';
import type { DisplayWizardMode } from '../display-form/display-wizard';

// Each kind's wizard is its own chunk: a Display campaign never downloads the Message form.
const DisplayWizard = lazy(() => import('../display-form/display-wizard').then((m) => ({ default: m.DisplayWizard })));

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
