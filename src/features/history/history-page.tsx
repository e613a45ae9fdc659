import { Button, Group, Stack, Title } from '@mantine/core';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useDocumentTitle } from '../../components/use-document-title';
import { downloadCsv } from '../ad-groups/list/export-csv';
import { getAllChanges, type HistoryParams } from './api/changes';
import { HISTORY_NEEDS_SERVER } from './availability';
import { ChangeHistoryList } from './change-history-list';
import { HistoryFilters } from './history-filters';
import { historyCsvRows, seoulIsoTime } from './history-csv';
import type { HistorySearch } from './history-search';
import { useHistoryT } from './messages';

/** Every page of the filtered history, for the file (the list on screen pages lazily). */
function useExportCsv(params: HistoryParams, fileId: string) {
  const t = useHistoryT();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const records = await getAllChanges(params);
      downloadCsv(t('csv.fileName', { id: fileId }), historyCsvRows(records, t, seoulIsoTime));
    } finally {
      setBusy(false);
    }
  };
  return { run, busy };
}

/** `…/history` of an account or of one of its campaigns: filters in the URL, CSV export. */
export function HistoryPage() {
  const t = useHistoryT();
  const params = useParams({ strict: false });
  const search: HistorySearch = useSearch({ strict: false });
  const navigate = useNavigate();
  const adAccountId = params.adAccountId ?? 0;
  const campaignId = params.campaignId;
  const title = campaignId === undefined ? t('page.accountTitle') : t('page.campaignTitle');
  useDocumentTitle(title);
  const scope: HistoryParams = { adAccountId, ...(campaignId === undefined ? {} : { campaignId }), ...search };
  const csv = useExportCsv(scope, String(campaignId ?? adAccountId));
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{title}</Title>
        {!HISTORY_NEEDS_SERVER && (
          <Button variant="default" onClick={() => void csv.run()} loading={csv.busy}>
            {t('csv.export')}
          </Button>
        )}
      </Group>
      <HistoryFilters value={search} onChange={(next) => void navigate({ to: '.', search: next, replace: true })} />
      <ChangeHistoryList params={scope} showGroup />
    </Stack>
  );
}
