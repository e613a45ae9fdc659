import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import type { TargetingRequest } from '../../api/contracts/targeting';
import { useTargetingT } from './i18n';
import { describeTargeting, type SummaryItem } from './model/describe-targeting';
import { usesAudience } from './model/targeting-value';
import { useTargetingNames } from './use-targeting-names';

export interface TargetingSummaryProps {
  value: TargetingRequest;
  /** When given, ids are shown with their names from the look-ups. */
  adAccountId?: number;
}

const some = (list: readonly unknown[] | null | undefined) => (list?.length ?? 0) > 0;

/** Read-only: everything chosen, with include/exclude and deprecated marks. */
export function TargetingSummary({ value, adAccountId }: TargetingSummaryProps) {
  const t = useTargetingT();
  const names = useTargetingNames(adAccountId, {
    categories: some(value.ufoInterests) || some(value.ufoBusinessTypes),
    customerFiles: some(value.customerFileTargetings),
    trackers: some(value.trackerTargetings),
    cohorts: some(value.cohortTargetings),
    channels: some(value.talkChannelTargetings) || some(value.syncAppTargetings),
    audiences: usesAudience(value),
  });
  const lines = describeTargeting(value, t, names);
  return (
    <Table variant="vertical" withTableBorder layout="fixed" aria-label={t('summary.title')}>
      <Table.Tbody>
        {lines.map((line) => (
          <Table.Tr key={line.key}>
            <Table.Th w={180}>{line.label}</Table.Th>
            <Table.Td>
              <Stack gap={4}>
                {line.items.map((item, i) => (
                  <SummaryEntry key={i} item={item} />
                ))}
              </Stack>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function SummaryEntry({ item }: { item: SummaryItem }) {
  const t = useTargetingT();
  return (
    <Group gap="xs" wrap="nowrap">
      {item.inclusion && (
        <Badge size="sm" variant="filled" color={item.inclusion === 'EXCLUDE' ? 'red.9' : 'teal.9'}>
          {t(item.inclusion === 'EXCLUDE' ? 'inclusion.exclude' : 'inclusion.include')}
        </Badge>
      )}
      <Text size="sm">{item.text}</Text>
      {item.deprecated && (
        <Badge size="sm" variant="outline" color="gray.8">
          {t('common.deprecated')}
        </Badge>
      )}
    </Group>
  );
}
