import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdGroupDetail } from '../../../api/contracts/ad-group';
import type { AdGroupKind } from '../../../api/rules/campaign-kind';
import { canEdit } from '../../../api/rules/capabilities';
import { campaignFactsOf } from '../actions/facts';
import { BiddingSection } from './bidding-section';
import { hasHourArrays } from './format-detail';
import { MessageSection } from './message-section';
import { AD_GROUP_DETAIL_NAMESPACE } from './messages';
import { OverviewSection, useCampaignTypeGoal } from './overview-section';
import { PersonalizedSection } from './personalized-section';
import { PlacementSection } from './placement-section';
import { ScheduleSection } from './schedule-section';
import { TargetingSection } from './targeting-section';

export interface KindSectionsProps {
  adAccountId: number;
  adGroup: AdGroupDetail;
  kind: AdGroupKind;
}

/** Why there is no Edit: the Open API does not change this type × goal (rules/capabilities.ts). */
function ReadOnlyNote({ adGroup }: { adGroup: AdGroupDetail }) {
  const { t } = useTranslation(AD_GROUP_DETAIL_NAMESPACE);
  const { type, goal } = useCampaignTypeGoal(adGroup);
  return (
    <Alert
      role="note"
      color="blue"
      variant="light"
      title={t('page.readOnlyTitle')}
      data-testid="read-only-note"
      styles={{ title: { color: 'var(--mantine-color-blue-9)' } }}
    >
      {t('page.readOnlyHint', { typeGoal: [type, goal].filter(Boolean).join(' · ') })}
    </Alert>
  );
}

/** The body of the page: which sections a group has depends on its campaign type (adGroupKindOf). */
export function KindSections({ adAccountId, adGroup, kind }: KindSectionsProps) {
  const common = { adAccountId, adGroup };
  const facts = campaignFactsOf(adGroup.campaign);
  // A deleted group is read-only for its own, plainly shown, reason.
  const notByApi = adGroup.config !== 'DEL' && !canEdit({ ...facts, config: String(adGroup.config) });

  switch (kind) {
    case 'display':
      return (
        <>
          {notByApi && <ReadOnlyNote adGroup={adGroup} />}
          <OverviewSection adGroup={adGroup} />
          <PlacementSection {...common} />
          <TargetingSection adAccountId={adAccountId} targeting={adGroup.targeting} />
          <ScheduleSection schedule={adGroup.schedule} withHours />
          <BiddingSection {...common} />
        </>
      );
    case 'message':
      return (
        <>
          <OverviewSection adGroup={adGroup} />
          <MessageSection {...common} />
          <TargetingSection adAccountId={adAccountId} targeting={adGroup.targeting} />
          <ScheduleSection schedule={adGroup.schedule} withHours={false} />
        </>
      );
    case 'personalized':
      return (
        <>
          <OverviewSection adGroup={adGroup} />
          <PersonalizedSection {...common} />
        </>
      );
    case 'readonly':
      // A type this console does not edit: what it shares with the others, nothing to operate.
      return (
        <>
          <ReadOnlyNote adGroup={adGroup} />
          <OverviewSection adGroup={adGroup} />
          <PlacementSection {...common} />
          {adGroup.targeting && <TargetingSection adAccountId={adAccountId} targeting={adGroup.targeting} />}
          {adGroup.schedule && <ScheduleSection schedule={adGroup.schedule} withHours={hasHourArrays(adGroup.schedule)} />}
          <BiddingSection {...common} />
        </>
      );
  }
}
