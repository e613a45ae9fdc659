import { Button, Group } from '@mantine/core';
import { memo } from 'react';
import { everyHour, weekdays0918, weekends, type ScheduleGrid } from './grid-model';
import { useScheduleT } from './i18n';

const PRESETS = [
  ['everyHour', everyHour],
  ['weekdays0918', weekdays0918],
  ['weekends', weekends],
] as const;

/** Preset buttons replace the whole grid; `onPick` must be stable to keep this memoized. */
export const SchedulePresets = memo(function SchedulePresets({ onPick }: { onPick: (g: ScheduleGrid) => void }) {
  const t = useScheduleT();
  return (
    <Group gap="xs" role="group" aria-label={t('presets.label')}>
      {PRESETS.map(([key, preset]) => (
        <Button key={key} variant="default" size="xs" onClick={() => onPick(preset)}>
          {t(`presets.${key}`)}
        </Button>
      ))}
    </Group>
  );
});
