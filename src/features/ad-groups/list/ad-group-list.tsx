import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canCreateAdGroupUnder } from '../../../api/rules/campaign-kind';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { LoadingSkeleton } from '../../../components/loading-skeleton';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useCampaign } from '../../context/api/get-campaign';
import { useCampaignName } from '../../context/api/list-campaigns';
import { campaignFactsOf, sendingStatusOf } from '../actions/facts';
import { adGroupListQueryOptions } from '../api/list-ad-groups';
import { AdGroupTable } from './ad-group-table';
import { BulkBar } from './bulk/bulk-bar';
import { adGroupCsvRows, downloadCsv } from './export-csv';
import { FillStatus } from './fill-status';
import { ListToolbar } from './list-toolbar';
import { AD_GROUPS_NAMESPACE } from './messages';
import { filterRows, sortRows } from './rows';
import { clearFilters, DEFAULT_VIEW, hasFilters, type ListView, type SortKey } from './search-params';
import { fillProgress, stableRows, useDetailFill } from './use-detail-fill';
import { useCachedDetails } from './use-row-details';
import { useExportWhenFilled, useWholeViewSort } from './use-whole-view';

export interface AdGroupListProps {
  adAccountId: number;
  campaignId: number;
  view?: ListView;
  onViewChange?: (view: ListView) => void;
}

/** The selected campaign's ad groups: filters, the table, bulk actions, export; every state. */
export function AdGroupList({ adAccountId, campaignId, view = DEFAULT_VIEW, onViewChange = () => {} }: AdGroupListProps) {
  const { t } = useTranslation(AD_GROUPS_NAMESPACE);
  // Type and goal (for the row actions) need the campaign's detail; the heading does not.
  const campaign = useCampaign(adAccountId, campaignId);
  const campaignName = useCampaignName(adAccountId, campaignId) ?? campaign.data?.name;
  const list = useQuery({
    ...adGroupListQueryOptions({ adAccountId, campaignId, config: view.configs }),
    // Another status filter is another request: keep the rows meanwhile, not a skeleton.
    placeholderData: keepPreviousData,
  });
  const items = useMemo(() => list.data ?? [], [list.data]);
  const ids = useMemo(() => items.map((item) => item.id), [items]);
  const cached = useCachedDetails(adAccountId, ids);
  const rows = useMemo(() => stableRows(items, cached.details), [items, cached.details]);
  // The filters read list fields only: the view's ids are known before any detail is.
  const filtered = useMemo(() => filterRows(rows, view), [rows, view]);
  const fill = useMemo(() => fillProgress(filtered.map((r) => r.item.id), cached), [filtered, cached]);
  const sort = useWholeViewSort(view, fill.complete, onViewChange);
  const shown = useMemo(() => sortRows(filtered, sort.applied), [filtered, sort.applied]);
  useDetailFill(adAccountId, useMemo(() => shown.map((r) => r.item.id), [shown]), fill.complete);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const campaignFacts = useMemo(() => (campaign.data ? campaignFactsOf(campaign.data) : null), [campaign.data]);

  // Offered only once the campaign is known, and only where the Open API can create.
  const creatable = campaignFacts !== null && canCreateAdGroupUnder(campaignFacts.campaignType, campaignFacts.goal);
  const title = campaignName ? t('list.campaignTitle', { campaign: campaignName }) : t('list.title');
  useDocumentTitle(title);

  const onSelect = useCallback(
    (id: number, on: boolean) =>
      setSelected((current) => {
        const next = new Set(current);
        if (on) next.add(id);
        else next.delete(id);
        return next;
      }),
    [],
  );
  const onSelectAll = (on: boolean) => setSelected(on ? new Set(shown.map((r) => r.item.id)) : new Set());
  const onSort = (sort: SortKey) =>
    onViewChange({ ...view, sort, dir: view.sort === sort && view.dir === 'asc' ? 'desc' : 'asc' });
  const selectedTargets = shown
    .filter((r) => selected.has(r.item.id))
    .map((r) => ({ ...r.item, sendingStatus: sendingStatusOf(r.detail) }));
  const csv = useExportWhenFilled(fill.complete, () =>
    downloadCsv(`${t('list.exportFile')}-${campaignId}.csv`, adGroupCsvRows(shown, t)),
  );
  const clear = (
    <Button variant="light" onClick={() => onViewChange(clearFilters(view))}>
      {t('list.clearFilters')}
    </Button>
  );

  let body;
  if (list.isPending) body = <LoadingSkeleton rows={6} />;
  else if (list.isError) body = <ErrorState error={list.error} onRetry={() => void list.refetch()} retrying={list.isFetching} />;
  else if (items.length === 0 && !hasFilters(view))
    body = <EmptyState title={t('list.emptyTitle')} description={t('list.emptyHint')} />;
  else if (shown.length === 0) body = <EmptyState title={t('list.noMatchTitle')} description={t('list.noMatchHint')} action={clear} />;
  else
    body = (
      <AdGroupTable
        adAccountId={adAccountId}
        campaignId={campaignId}
        campaign={campaignFacts}
        rows={shown}
        failures={cached.failures}
        view={sort.applied}
        onSort={onSort}
        selected={selected}
        onSelect={onSelect}
        onSelectAll={onSelectAll}
      />
    );

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{title}</Title>
          <Text c="dimmed">{t('list.intro')}</Text>
          {campaignFacts && !creatable && (
            <Text size="sm" c="dimmed" data-testid="read-only-type">
              {t('list.readOnlyType')}
            </Text>
          )}
        </Stack>
        <Group gap="sm">
          <Button variant="default" onClick={csv.request} disabled={shown.length === 0} loading={csv.waiting}>
            {t('list.export')}
          </Button>
          {creatable && (
            <Button
              renderRoot={(rootProps) => (
                <Link to="/accounts/$adAccountId/campaigns/$campaignId/ad-groups/new" params={{ adAccountId, campaignId }} {...rootProps} />
              )}
            >
              {t('list.newAdGroup')}
            </Button>
          )}
        </Group>
      </Group>
      <ListToolbar view={view} onViewChange={onViewChange} />
      {list.data && list.data.length > 0 && (
        <Text size="sm" c="dimmed" role="status">
          {shown.length === items.length ? t('list.count', { count: items.length }) : t('list.shown', { count: shown.length, total: items.length })}
        </Text>
      )}
      {items.length > 0 && (
        <FillStatus
          progress={fill}
          sortWaitsFor={sort.waiting ? t(`list.columns.${view.sort === 'bid' ? 'bid' : 'dailyBudget'}`) : null}
          exportWaits={csv.waiting}
          onCancelSort={sort.cancel}
          onCancelExport={csv.cancel}
        />
      )}
      {campaignFacts && (
        <BulkBar adAccountId={adAccountId} campaign={campaignFacts} selected={selectedTargets} onClearSelection={() => setSelected(new Set())} />
      )}
      {body}
    </Stack>
  );
}
