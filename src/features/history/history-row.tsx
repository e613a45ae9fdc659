import { Badge, Button, Group, List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChangeRecord } from '../../api/contracts/changes';
import { AnchorLink } from '../../components/anchor-link';
import { formatDateTime } from '../../i18n/format';
import { fieldLabel, formatValue } from './format-change';
import { useHistoryT } from './messages';
import { isUndoable } from './undo-plan';

export interface HistoryRowProps {
  record: ChangeRecord;
  showGroup: boolean;
  busy: boolean;
  onUndo: (record: ChangeRecord) => void;
  onUndoBatch: (batchId: string) => void;
}

function Outcome({ record }: { record: ChangeRecord }) {
  const t = useHistoryT();
  // The light variants' text colours (theme.ts darkens them): green.9 and yellow.9 are under 4.5:1 on white.
  const hue = record.outcome === 'applied' ? 'green' : record.outcome === 'refused' ? 'red' : 'yellow';
  const color = `var(--mantine-color-${hue}-light-color)`;
  return (
    <Stack gap={2}>
      <Text size="sm" c={color} fw={500}>
        {t(`outcome.${record.outcome}`, { defaultValue: record.outcome })}
      </Text>
      {record.detailMsg && (
        <Text size="sm" lang="ko">
          {record.detailMsg}
        </Text>
      )}
    </Stack>
  );
}

/** Delete and cancel contract cannot be reversed on Kakao: say so, and offer a copy of a deleted group. */
function Irreversible({ record }: { record: ChangeRecord }) {
  const t = useHistoryT();
  return (
    <Stack gap={4}>
      <Text size="sm">{t('undo.irreversible')}</Text>
      {record.action === 'delete' && record.adGroupId !== null && record.campaignId !== null && (
        <AnchorLink
          size="sm"
          to="/accounts/$adAccountId/campaigns/$campaignId/ad-groups/new"
          params={{ adAccountId: record.adAccountId, campaignId: record.campaignId }}
          search={{ from: record.adGroupId }}
        >
          {t('undo.duplicate')}
        </AnchorLink>
      )}
    </Stack>
  );
}

/** One recorded change: when, who, what, before → after, the outcome, and what can be done about it. */
export function HistoryRow({ record, showGroup, busy, onUndo, onUndoBatch }: HistoryRowProps) {
  const t = useHistoryT();
  const { i18n } = useTranslation();
  const action = t(`action.${record.action}`, { defaultValue: record.action });
  const applied = record.outcome === 'applied';
  const irreversible = applied && (record.action === 'delete' || record.action === 'cancelContract');
  return (
    <Table.Tr data-testid={`change-${record.id}`}>
      <Table.Td>{formatDateTime(record.at, i18n.language)}</Table.Td>
      <Table.Td>{record.user}</Table.Td>
      {showGroup && <Table.Td>{record.adGroupName ?? record.adGroupId}</Table.Td>}
      <Table.Td>
        <Stack gap={4} align="flex-start">
          <Text size="sm">{action}</Text>
          {record.batchId && <Badge variant="light" color="gray.9">{t('table.batch')}</Badge>}
          {record.undoOf && <Badge variant="light" color="gray.9">{t('table.undoOf')}</Badge>}
        </Stack>
      </Table.Td>
      <Table.Td>
        <List size="sm" listStyleType="none">
          {record.changes.map((change) => (
            <List.Item key={change.field}>
              {`${fieldLabel(change.field, t)}: ${formatValue(change.field, change.before, t)} → ${formatValue(change.field, change.after, t)}`}
            </List.Item>
          ))}
        </List>
      </Table.Td>
      <Table.Td>
        <Outcome record={record} />
      </Table.Td>
      <Table.Td>
        {irreversible ? (
          <Irreversible record={record} />
        ) : (
          <Group gap="xs">
            {isUndoable(record) && (
              <Button size="xs" variant="light" loading={busy} onClick={() => onUndo(record)} aria-label={t('undo.buttonFor', { action, name: record.adGroupName ?? '' })}>
                {t('undo.button')}
              </Button>
            )}
            {record.batchId && applied && (
              <Button size="xs" variant="subtle" onClick={() => onUndoBatch(record.batchId ?? '')}>
                {t('undo.batch')}
              </Button>
            )}
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
