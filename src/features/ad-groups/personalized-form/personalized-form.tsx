import { useState } from 'react';
import type { Campaign } from '../../../api/contracts/campaign';
import { ErrorState } from '../../../components/error-state';
import { LoadingSkeleton } from '../../../components/loading-skeleton';
import { useAdGroupDetail } from '../api/get-ad-group';
import { usePersonalizedT } from './i18n';
import { defaultPersonalizedName, fromPersonalizedAdGroup } from './payload';
import { PersonalizedFormBody } from './personalized-form-body';

export interface PersonalizedFormProps {
  adAccountId: number;
  campaign: Campaign;
  mode: 'create' | 'edit' | 'duplicate';
  adGroupId?: number;
}

function EditPersonalizedForm(props: PersonalizedFormProps & { adGroupId: number }) {
  const t = usePersonalizedT();
  const query = useAdGroupDetail(props.adAccountId, props.adGroupId);
  if (query.isPending) return <LoadingSkeleton label={t('loading')} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  const values = fromPersonalizedAdGroup(query.data);
  // A duplicate is a new group with the same name: only the name exists to copy.
  if (props.mode === 'duplicate') return <PersonalizedFormBody {...props} initial={values} loaded={null} />;
  return <PersonalizedFormBody {...props} initial={values} loaded={query.data} />;
}

/**
 * Personalized message × Reach: create asks for a name (the campaign comes from the
 * route); edit changes only the name. The dispatch page imports it lazily by this name.
 */
export function PersonalizedForm(props: PersonalizedFormProps) {
  const [initial] = useState(() => ({ name: defaultPersonalizedName(new Date()) }));
  if (props.mode !== 'create' && props.adGroupId !== undefined) {
    return <EditPersonalizedForm {...props} adGroupId={props.adGroupId} />;
  }
  return <PersonalizedFormBody {...props} initial={initial} loaded={null} />;
}
