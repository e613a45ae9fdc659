import { Alert, Button, Stack, Table, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SystemStopReason } from '../../../api/contracts/system-stop';
import { ErrorState } from '../../../components/error-state';
import { LoadingSkeleton } from '../../../components/loading-skeleton';
import { SystemConfigBadge } from '../../../components/status-badge';
import { useLatestSystemStop, useSystemStopHistories } from '../api/system-stop';
import { formatKakaoDateTime } from './format-detail';
import { AD_GROUP_DETAIL_NAMESPACE } from './messages';

export interface SystemStopPanelProps {
  adAccountId: number;
  adGroupId: number;
  systemConfig: string;
}

/** Kakao's reason text is Korean whatever the UI language, hence lang="ko". */
function Reason({ reason }: { reason: SystemStopReason }) {
  const { t, i18n } = useTranslation(AD_GROUP_DETAIL_NAMESPACE);
  const since = formatKakaoDateTime(reason.createdDate, i18n.language);
  return (
    <Stack gap={4}>
      <Text size="sm">
        <strong>{t('systemStop.reason')}: </strong>
        <span lang="ko">{reason.reason ?? t('systemStop.noReason')}</span>
      </Text>
      {reason.detailReason && (
        <Text size="sm">
          <strong>{t('systemStop.detailReason')}: </strong>
          <span lang="ko">{reason.detailReason}</span>
        </Text>
      )}
      {since && (
        <Text size="sm" c="gray.7">
          {t('systemStop.since', { date: since })}
        </Text>
      )}
    </Stack>
  );
}

function History({ adAccountId, adGroupId }: { adAccountId: number; adGroupId: number }) {
  const { t, i18n } = useTranslation(AD_GROUP_DETAIL_NAMESPACE);
  const history = useSystemStopHistories(adAccountId, adGroupId);
  if (history.isPending) return <LoadingSkeleton rows={2} label={t('systemStop.historyLoading')} />;
  if (history.isError) {
    return <ErrorState error={history.error} onRetry={() => void history.refetch()} retrying={history.isFetching} headingOrder={3} />;
  }
  if (history.data.length === 0) return <Text size="sm">{t('systemStop.historyEmpty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs">
        <Table.Caption>{t('systemStop.historyCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('systemStop.columns.date')}</Table.Th>
            <Table.Th scope="col">{t('systemStop.columns.kind')}</Table.Th>
            <Table.Th scope="col">{t('systemStop.columns.reason')}</Table.Th>
            <Table.Th scope="col">{t('systemStop.columns.detailReason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.data.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>{formatKakaoDateTime(item.createdDate, i18n.language)}</Table.Td>
              <Table.Td>
                <SystemConfigBadge systemConfig={item.systemConfig} />
              </Table.Td>
              <Table.Td lang="ko">{item.reason}</Table.Td>
              <Table.Td lang="ko">{item.detailReason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * Shown while Kakao has stopped the group (systemConfig not ON): the latest reason, and
 * the two-year history behind a disclosure, fetched only when opened.
 */
export function SystemStopPanel({ adAccountId, adGroupId, systemConfig }: SystemStopPanelProps) {
  const { t } = useTranslation(AD_GROUP_DETAIL_NAMESPACE);
  const latest = useLatestSystemStop(adAccountId, adGroupId);
  const [open, setOpen] = useState(false);
  const historyId = useId();
  const title =
    systemConfig === 'ADMIN_STOP' || systemConfig === 'EXTERNAL_SERVICE_STOP'
      ? t(`systemStop.title.${systemConfig}`)
      : t('systemStop.title.other', { systemConfig });

  return (
    <Alert
      color="red"
      variant="light"
      title={title}
      role="region"
      aria-label={title}
      data-testid="system-stop"
      // The light variant titles in shade 6, under 4.5:1 on its tint: the darkest shade passes.
      styles={{ title: { color: 'var(--mantine-color-red-9)' } }}
    >
      <Stack gap="sm">
        {latest.isPending ? (
          <LoadingSkeleton rows={1} label={t('systemStop.loading')} />
        ) : latest.isError ? (
          <ErrorState error={latest.error} onRetry={() => void latest.refetch()} retrying={latest.isFetching} headingOrder={3} />
        ) : latest.data ? (
          <Reason reason={latest.data} />
        ) : (
          <Text size="sm">{t('systemStop.noReason')}</Text>
        )}
        <div>
          <Button variant="default" size="xs" aria-expanded={open} aria-controls={historyId} onClick={() => setOpen((o) => !o)}>
            {open ? t('systemStop.hideHistory') : t('systemStop.showHistory')}
          </Button>
        </div>
        {/* Always in the DOM, so aria-controls names an element even while closed. */}
        <div id={historyId}>{open && <History adAccountId={adAccountId} adGroupId={adGroupId} />}</div>
      </Stack>
    </Alert>
  );
}
