import { Button, CloseButton, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTargetingT } from '../i18n';
import type { Region } from '../model/regions';

/** Up to 1,000 regions can be picked; the chips beyond this wait behind "Show all". */
const COLLAPSED_CHIPS = 60;

/** The picked regions as removable chips, with their full description. */
export function RegionChips({ picked, onRemove }: { picked: readonly Region[]; onRemove: (value: string) => void }) {
  const t = useTargetingT();
  const [expanded, setExpanded] = useState(false);
  if (picked.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('locations.none')}
      </Text>
    );
  }
  const shown = expanded ? picked : picked.slice(0, COLLAPSED_CHIPS);
  return (
    <>
      <Group gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('locations.picked')}>
        {shown.map((region) => {
          const label = region.deprecated
            ? t('locations.deprecatedChip', { name: region.description })
            : region.description;
          return (
            <li key={region.value}>
              {/* Not Mantine's Pill: its remove button is hidden from keyboards and screen readers. */}
              <Group gap={2} wrap="nowrap" pl="sm" pr={4} py={2} bg="gray.1" style={{ borderRadius: 16 }}>
                <Text size="sm" fw={region.deprecated ? 500 : undefined}>
                  {label}
                </Text>
                <CloseButton
                  size="sm"
                  aria-label={t('locations.remove', { name: label })}
                  onClick={() => onRemove(region.value)}
                />
              </Group>
            </li>
          );
        })}
      </Group>
      {picked.length > COLLAPSED_CHIPS && (
        <Button variant="subtle" size="compact-sm" onClick={() => setExpanded((e) => !e)}>
          {expanded ? t('locations.showFewer') : t('locations.showAll', { n: picked.length })}
        </Button>
      )}
    </>
  );
}
