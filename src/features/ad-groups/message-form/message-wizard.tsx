import { useState } from 'react';
import type { AdGroupDetail } from '../../../api/contracts/ad-group';
import type { Campaign } from '../../../api/contracts/campaign';
import { defaultAdGroupName } from '../../../api/rules/name';
import { ErrorState } from '../../../components/error-state';
import { LoadingSkeleton } from '../../../components/loading-skeleton';
import { useAdGroupDetail } from '../api/get-ad-group';
import type { MessageFormValues } from './form-values';
import { useMessageT } from './i18n';
import { MessageWizardForm } from './message-wizard-form';
import { defaultMessageValues, fromMessageAdGroup } from './payload';
import { seoulClock } from '../../../api/rules/seoul-clock';

export interface MessageWizardProps {
  adAccountId: number;
  campaign: Campaign;
  mode: 'create' | 'edit' | 'duplicate';
  adGroupId?: number;
}

/** Edit and duplicate start from the stored group; a duplicate never starts in the past. */
function startValues(group: AdGroupDetail, mode: 'edit' | 'duplicate', now: { date: string; time: string }): MessageFormValues {
  const values = fromMessageAdGroup(group);
  if (mode === 'edit') return values;
  const name = [...`${values.name}_copy`].slice(0, 50).join('');
  const copy = { ...values, name };
  return copy.beginDate < now.date ? { ...copy, beginDate: now.date } : copy;
}

function LoadedMessageWizard(props: MessageWizardProps & { adGroupId: number; mode: 'edit' | 'duplicate' }) {
  const t = useMessageT();
  const query = useAdGroupDetail(props.adAccountId, props.adGroupId);
  const [now] = useState(() => seoulClock());
  if (query.isPending) return <LoadingSkeleton label={t('loading')} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  return (
    <MessageWizardForm
      {...props}
      today={now.date}
      initial={startValues(query.data, props.mode, now)}
      loaded={props.mode === 'edit' ? query.data : null}
    />
  );
}

/**
 * The Message ad group wizard (Talk Channel × Reach): create, edit and duplicate. The
 * dispatch page of the ad group routes imports it lazily by this name.
 */
export function MessageWizard(props: MessageWizardProps) {
  const [now] = useState(() => seoulClock());
  // Kakao's own naming, in Korean whatever the UI language (e.g. "카카오톡 채널_도달_202311031251").
  const [initial] = useState(() => defaultMessageValues(defaultAdGroupName('카카오톡 채널', '도달', new Date()), now));
  if (props.mode !== 'create' && props.adGroupId !== undefined) {
    return <LoadedMessageWizard {...props} adGroupId={props.adGroupId} mode={props.mode} />;
  }
  return <MessageWizardForm {...props} mode="create" today={now.date} initial={initial} loaded={null} />;
}
