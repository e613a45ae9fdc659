import { Stack, Text } from '@mantine/core';
import { useCallback, useId } from 'react';
import { useController, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';
import type { ScheduleGrid as Grid } from './grid-model';
import { ScheduleGrid } from './schedule-grid';

interface ScheduleGridFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPathByValue<T, Grid>;
  labelId?: string;
}

/**
 * The grid wired to a react-hook-form wizard. `useController` subscribes THIS component
 * to its one field, so a paint re-renders the field and the grid's changed cells, not
 * the form: the wizard must not read `watch()` or the whole `formState` at its root.
 * Usage: `<ScheduleGridField control={control} name="schedule.grid" labelId={id} />`
 * with `scheduleGridSchema` in the form schema and `toScheduleDays` in toPayload.
 */
export function ScheduleGridField<T extends FieldValues>({ control, name, labelId }: ScheduleGridFieldProps<T>) {
  const { field, fieldState } = useController({ control, name });
  const errorId = useId();
  const { ref: registerFocus } = field;
  // RHF focuses the first invalid field on submit: hand it the grid's roving tab stop.
  const containerRef = useCallback(
    (el: HTMLDivElement | null) =>
      registerFocus(el && { focus: () => el.querySelector<HTMLElement>('[role="grid"] [tabindex="0"]')?.focus() }),
    [registerFocus],
  );
  const message = fieldState.error?.message;
  return (
    <Stack gap={4} ref={containerRef}>
      <ScheduleGrid
        value={field.value}
        onChange={field.onChange}
        labelId={labelId}
        errorId={message ? errorId : undefined}
      />
      {message && (
        <Text id={errorId} size="sm" c="red.9">
          {message}
        </Text>
      )}
    </Stack>
  );
}
