import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdGroupDetail } from '../../../api/contracts/ad-group';
import { DetailSection, Facts, useEnumLabel, useYesNo, type Fact } from './detail-layout';
import { AD_GROUP_DETAIL_NAMESPACE } from './messages';
import { usePlacementCategoryNames, type PlacementCategoryKind } from './use-placement-category-names';

/** Category names are Kakao's own (Korean); a code the look-up doesn't know is shown as is. */
function CategoryNames({ adAccountId, kind, codes }: { adAccountId: number; kind: PlacementCategoryKind; codes: string[] }) {
  const names = usePlacementCategoryNames(adAccountId, kind, codes);
  return (
    <Text span size="sm">
      {names.map((c, i) => (
        <span key={c.code}>
          {i > 0 && ', '}
          {c.name ? (
            <span lang="ko" title={c.code}>
              {c.name}
            </span>
          ) : (
            c.code
          )}
        </span>
      ))}
    </Text>
  );
}

/** Placements, Network and section categories, devices: Display, Bizboard, Video and read-only types. */
export function PlacementSection({ adAccountId, adGroup }: { adAccountId: number; adGroup: AdGroupDetail }) {
  const { t } = useTranslation(AD_GROUP_DETAIL_NAMESPACE);
  const label = useEnumLabel();
  const yesNo = useYesNo();
  const placements = (adGroup.placements ?? []).map((p) => label('placement', p)).join(', ');
  const devices = (adGroup.deviceTypes ?? []).map((d) => label('device', d)).join(', ');
  const network = adGroup.adServingCategories ?? [];
  const sections = adGroup.sectionCategories ?? [];

  const items: Fact[] = [
    {
      key: 'placements',
      label: t('fields.placements'),
      value: placements && adGroup.allAvailablePlacement ? t('values.allPlacements', { list: placements }) : placements,
    },
  ];
  // Network categories only mean something where the group runs on the Network.
  if (network.length > 0 || adGroup.placements?.includes('NETWORK')) {
    items.push({
      key: 'adServingCategories',
      label: t('fields.adServingCategories'),
      value: network.length > 0 ? <CategoryNames adAccountId={adAccountId} kind="adServingCategories" codes={network} /> : null,
    });
  }
  // "Provided only for Kakao Bizboard through the 'Only displayed in Chat tab' option."
  if (sections.length > 0) {
    items.push({
      key: 'sectionCategories',
      label: t('fields.sectionCategories'),
      value: <CategoryNames adAccountId={adAccountId} kind="sectionCategories" codes={sections} />,
    });
  }
  items.push(
    {
      key: 'deviceTypes',
      label: t('fields.deviceTypes'),
      value: devices && adGroup.allAvailableDeviceType ? t('values.allDevices', { list: devices }) : devices,
    },
    { key: 'useWifiOnly', label: t('fields.useWifiOnly'), value: yesNo(adGroup.useWifiOnly) },
  );
  return (
    <DetailSection title={t('sections.placement')} testId="section-placement">
      <Facts items={items} />
    </DetailSection>
  );
}
