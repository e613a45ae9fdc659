import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AdGroupDetail } from '../../../api/contracts/ad-group';
import { messageTotals } from '../../../api/rules/message';
import { Money } from '../../../components/money';
import { formatKrw } from '../../../i18n/format';
import { channelProfilesQueryOptions } from '../../targeting/api/audience-queries';
import { DetailSection, Facts, useEnumLabel, useYesNo, type Fact } from './detail-layout';
import { formatKakaoDateTime } from './format-detail';
import { AD_GROUP_DETAIL_NAMESPACE } from './messages';

/** The Talk Channel by its name from the channel look-up, with the id Kakao sent. */
export function ChannelProfile({ adAccountId, profileId }: { adAccountId: number; profileId: string | null | undefined }) {
  const channels = useQuery({ ...channelProfilesQueryOptions(adAccountId), enabled: Boolean(profileId) });
  if (!profileId) return null;
  const name = channels.data?.find((c) => String(c.profileId) === profileId)?.name;
  return name ? (
    <Text span size="sm">
      <span lang="ko">{name}</span> ({profileId})
    </Text>
  ) : (
    <>{profileId}</>
  );
}

/**
 * The totals Kakao sent; when it leaves them out, contractCount × price with 10 % VAT from
 * the shared rule, marked as computed.
 */
function useTotals(adGroup: AdGroupDetail) {
  const info = adGroup.messageSendingInfo;
  const sent = { totalBudget: adGroup.totalBudget, totalBudgetWithVAT: adGroup.totalBudgetWithVAT };
  if (typeof sent.totalBudget === 'number' && typeof sent.totalBudgetWithVAT === 'number') return { ...sent, computed: false };
  if (typeof info?.contractCount !== 'number' || typeof info.price !== 'number') return { ...sent, computed: false };
  return { ...messageTotals(info.contractCount, info.price), computed: true };
}

/** Message (Talk Channel × Reach) groups: the sending contract and its progress. */
export function MessageSection({ adAccountId, adGroup }: { adAccountId: number; adGroup: AdGroupDetail }) {
  const { t, i18n } = useTranslation(AD_GROUP_DETAIL_NAMESPACE);
  const label = useEnumLabel();
  const yesNo = useYesNo();
  const info = adGroup.messageSendingInfo ?? {};
  const totals = useTotals(adGroup);
  const money = (amount: number | null | undefined) =>
    amount === null || amount === undefined ? null : (
      <>
        <Money amount={amount} />
        {totals.computed && ` ${t('values.computed')}`}
      </>
    );
  const bool = (value: boolean | null | undefined, on: string, off: string) =>
    value === null || value === undefined ? null : t(value ? on : off);

  const items: Fact[] = [
    { key: 'profile', label: t('fields.profile'), value: <ChannelProfile adAccountId={adAccountId} profileId={adGroup.profileId} /> },
    { key: 'smartMessage', label: t('fields.smartMessage'), value: yesNo(adGroup.smartMessage) },
    {
      key: 'contractCount',
      label: t('fields.contractCount'),
      value: typeof info.contractCount === 'number' ? t('values.count', { count: info.contractCount }) : null,
    },
    {
      key: 'price',
      label: t('fields.price'),
      value: typeof info.price === 'number' ? t('values.perMessage', { price: formatKrw(info.price) }) : null,
    },
    { key: 'totalBudget', label: t('fields.totalBudget'), value: money(totals.totalBudget) },
    { key: 'totalBudgetWithVAT', label: t('fields.totalBudgetWithVAT'), value: money(totals.totalBudgetWithVAT) },
    {
      key: 'sendRate',
      label: t('fields.sendRate'),
      value:
        info.sendRate === null || info.sendRate === undefined
          ? null
          : info.sendRate === 0
            ? t('values.sendRateOff')
            : t('values.sendRateOn', { count: info.sendRate }),
    },
    // Mind the reference: pushAlarm true is the "don't send push notifications" option.
    { key: 'pushAlarm', label: t('fields.pushAlarm'), value: bool(info.pushAlarm, 'values.pushOff', 'values.pushOn') },
    {
      key: 'ageVerification',
      label: t('fields.ageVerification'),
      value: bool(info.ageVerification, 'values.ageVerificationOn', 'values.ageVerificationOff'),
    },
    { key: 'longTerm', label: t('fields.longTerm'), value: yesNo(info.longTerm) },
    { key: 'sendingStatus', label: t('fields.sendingStatus'), value: label('sendingStatus', info.status) },
    { key: 'syncStatus', label: t('fields.syncStatus'), value: label('syncStatus', info.syncStatus) },
    {
      key: 'startedAt',
      label: t('fields.startedAt'),
      value: formatKakaoDateTime(info.startedAt, i18n.language) ?? t('values.notStarted'),
    },
    {
      key: 'finishedAt',
      label: t('fields.finishedAt'),
      value: formatKakaoDateTime(info.finishedAt, i18n.language) ?? t('values.notFinished'),
    },
  ];
  return (
    <DetailSection title={t('sections.message')} testId="section-message">
      <Facts items={items} />
    </DetailSection>
  );
}
