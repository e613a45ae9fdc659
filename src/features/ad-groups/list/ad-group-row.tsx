import { Badge, Button, Checkbox, Group, Skeleton, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isDeletedAdGroupError } from '../../../api/ad-group-detail-codes';
import { canCreateAdGroupUnder } from '../../../api/rules/campaign-kind';
import { AnchorLink } from '../../../components/anchor-link';
import { ConfigBadge, SystemConfigBadge } from '../../../components/status-badge';
import { CancelContractButton } from '../actions/cancel-contract-button';
import { DeleteAdGroupButton } from '../actions/delete-ad-group-button';
import { sendingStatusOf, type CampaignFacts } from '../actions/facts';
import { InlineBidEdit, InlineBudgetEdit } from '../actions/inline-budget-bid-edit';
import { InlinePacingEdit } from '../actions/inline-pacing-edit';
import { StatusSwitch } from '../actions/status-switch';
import type { ColumnKey } from './columns';
import { AD_GROUPS_NAMESPACE } from './messages';
import type { AdGroupRow } from './rows';

export const ROW_HEIGHT = 64;

export interface AdGroupRowViewProps {
  adAccountId: number;
  campaignId: number;
  /** Unknown until the campaign's detail arrives: no action is offered before then. */
  campaign: CampaignFacts | null;
  row: AdGroupRow;
  /** Why its detail could not be read, if it could not. */
  failure?: unknown;
  onRetry: (id: number) => void;
  selected: boolean;
  onSelect: (id: number, selected: boolean) => void;
  /** Position in the whole list (1 is the header), for screen readers under virtualization. */
  ariaRowIndex: number;
  /** The columns this campaign's list shows (columns.ts). */
  columns: ReadonlySet<ColumnKey>;
}

const KNOWN_STRATEGIES = ['MANUAL', 'AUTOBID', 'OPTIMIZATION'];

function Pending() {
  return <Skeleton height={12} width={64} radius="sm" aria-hidden />;
}

/** One ad group: list fields at once, detail cells once its detail is in the cache. */
export const AdGroupRowView = memo(function AdGroupRowView(props: AdGroupRowViewProps) {
  const { adAccountId, campaignId, campaign, row, failure, onRetry, selected, onSelect, ariaRowIndex, columns } = props;
  const { t } = useTranslation(AD_GROUPS_NAMESPACE);
  const { item, detail } = row;
  const target = { id: item.id, name: item.name, config: item.config };
  const failed = failure !== undefined && !detail;
  // A group deleted since the list was read (32026): its row stays, marked, without a retry.
  const deleted = failed && isDeletedAdGroupError(failure);
  const detailCell = (content: () => ReactNode) => (detail ? content() : failed ? '–' : <Pending />);
  const strategy = detail?.bidStrategy ?? '';
  // Why the detail cells are empty, in the first of them (Message lists have no budget column).
  const failureNote = deleted ? (
    <Text size="xs" c="dimmed">
      {t('list.row.deletedSince')}
    </Text>
  ) : failed ? (
    <Stack gap={2} align="flex-start">
      <Text size="xs" c="red.9">
        {t('list.row.detailsFailed')}
      </Text>
      <Button size="compact-xs" variant="subtle" onClick={() => onRetry(item.id)}>
        {t('common:actions.retry')}
      </Button>
    </Stack>
  ) : null;

  return (
    <Table.Tr aria-rowindex={ariaRowIndex} data-testid={`ad-group-${item.id}`} style={{ height: ROW_HEIGHT }}>
      <Table.Td>
        <Checkbox
          checked={selected}
          onChange={(event) => onSelect(item.id, event.currentTarget.checked)}
          aria-label={t('list.row.select', { name: item.name })}
        />
      </Table.Td>
      <Table.Th scope="row" fw={500}>
        <Stack gap={0}>
          <AnchorLink
            to="/accounts/$adAccountId/campaigns/$campaignId/ad-groups/$adGroupId"
            params={{ adAccountId, campaignId, adGroupId: item.id }}
            size="sm"
            lineClamp={2}
          >
            {item.name}
          </AnchorLink>
          <Text size="xs" c="dimmed">
            {t('list.row.id', { id: item.id })}
          </Text>
        </Stack>
      </Table.Th>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          {campaign && (
            <StatusSwitch adAccountId={adAccountId} adGroup={target} campaign={campaign} sendingStatus={sendingStatusOf(detail)} />
          )}
          <ConfigBadge config={item.config} />
        </Group>
      </Table.Td>
      <Table.Td>
        <Stack gap={2} align="flex-start">
          <SystemConfigBadge systemConfig={item.systemConfig} />
          {detail?.statusDescription && (
            <Text size="xs" c="dimmed" lang="ko">
              {detail.statusDescription}
            </Text>
          )}
        </Stack>
      </Table.Td>
      {columns.has('dailyBudget') && (
        <Table.Td>
          {failureNote ??
            (detail ? (
              <Stack gap={2} align="flex-start">
                <InlineBudgetEdit adAccountId={adAccountId} adGroup={detail} />
                {detail.isDailyBudgetAmountOver && (
                  <Badge size="xs" color="orange.9" variant="light" tt="none">
                    {t('list.row.budgetOver')}
                  </Badge>
                )}
              </Stack>
            ) : (
              <>
                <Pending />
                <VisuallyHidden>{t('list.row.loadingDetails')}</VisuallyHidden>
              </>
            ))}
        </Table.Td>
      )}
      <Table.Td>
        {!columns.has('dailyBudget') && failureNote ? failureNote : detailCell(() => (
          <Stack gap={2} align="flex-start">
            {detail && <InlineBidEdit adAccountId={adAccountId} adGroup={detail} />}
            {strategy && detail?.pricingType && (
              <Text size="xs" c="dimmed">
                {t('list.row.bidding', {
                  strategy: KNOWN_STRATEGIES.includes(strategy) ? t(`list.bidStrategy.${strategy}`) : strategy,
                  pricing: detail.pricingType,
                })}
              </Text>
            )}
          </Stack>
        ))}
      </Table.Td>
      {columns.has('pacing') && (
        <Table.Td>{detailCell(() => detail && <InlinePacingEdit adAccountId={adAccountId} adGroup={detail} />)}</Table.Td>
      )}
      <Table.Td>
        {detailCell(() => (
          <Stack gap={2} align="flex-start">
            <Text size="xs" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {detail?.schedule?.beginDate ?? '–'} ~ {detail?.schedule?.endDate ?? t('list.row.noEnd')}
            </Text>
            {detail?.isValidPeriod === false && (
              <Badge size="xs" color="orange.9" variant="light" tt="none">
                {t('list.row.invalidPeriod')}
              </Badge>
            )}
          </Stack>
        ))}
      </Table.Td>
      <Table.Td ta="right">{detailCell(() => detail?.creativeCount ?? '–')}</Table.Td>
      <Table.Td>
        {campaign && (
          <Group gap={4} wrap="nowrap">
            {/* A copy is a new group: only under a type × goal the Open API can create. Where it
                cannot, it changes nothing else either (rules/capabilities.ts): say so. */}
            {canCreateAdGroupUnder(campaign.campaignType, campaign.goal) ? (
              <AnchorLink
                to="/accounts/$adAccountId/campaigns/$campaignId/ad-groups/new"
                params={{ adAccountId, campaignId }}
                search={{ from: item.id }}
                size="sm"
                aria-label={t('list.row.duplicateLabel', { name: item.name })}
              >
                {t('list.row.duplicate')}
              </AnchorLink>
            ) : (
              <Text size="xs" c="dimmed">
                {t('list.row.readOnly')}
              </Text>
            )}
            <DeleteAdGroupButton adAccountId={adAccountId} adGroup={target} campaign={campaign} />
            <CancelContractButton
              adAccountId={adAccountId}
              adGroup={target}
              campaign={campaign}
              sendingStatus={sendingStatusOf(detail)}
            />
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
});
