import { Badge, Button, Group, List, Text } from '@mantine/core';
import type { Tracker } from '../../../api/contracts/lookups';
import type { TargetingPartProps } from '../editor-context';
import { useTargetingT } from '../i18n';

/** The Pixel & SDK rules already chosen, each removable (even under Smart message, so they can be cleared). */
export function TrackerList({
  value,
  onChange,
  trackers,
}: TargetingPartProps & { trackers: readonly Tracker[] }) {
  const t = useTargetingT();
  const chosen = value.trackerTargetings ?? [];
  if (chosen.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('trackers.none')}
      </Text>
    );
  }
  return (
    <List listStyleType="none" spacing="xs" aria-label={t('trackers.chosen')}>
      {chosen.map((item, index) => {
        const name = trackers.find((tr) => tr.trackId === item.trackId)?.trackName ?? item.trackId;
        const event = item.eventCode === '*' ? t('trackers.allEvents') : (item.trackRuleName ?? item.eventCode);
        const text = t('trackers.item', { name, event, term: item.term });
        return (
          <List.Item key={`${item.trackId}|${item.eventCode}|${item.trackRuleId}`}>
            <Group gap="sm">
              <Badge color={item.inclusionType === 'EXCLUDE' ? 'red.9' : 'teal.9'} variant="filled">
                {t(`inclusion.${item.inclusionType === 'EXCLUDE' ? 'exclude' : 'include'}`)}
              </Badge>
              <Text size="sm">{text}</Text>
              <Button
                size="compact-xs"
                variant="subtle"
                aria-label={t('trackers.remove', { item: text })}
                onClick={() => onChange({ ...value, trackerTargetings: chosen.filter((_, i) => i !== index) })}
              >
                {t('common.remove')}
              </Button>
            </Group>
          </List.Item>
        );
      })}
    </List>
  );
}
