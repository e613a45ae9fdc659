import { renderWithProviders } from '../../testing/render';
import { screen } from '@testing-library/react';
import { Profiler, useState } from 'react';
import { useController, useForm, type Control } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { everyHour, isOn, type ScheduleGrid as Grid } from './grid-model';
import type { ScheduleCellProps } from './schedule-cell';
import { ScheduleGrid } from './schedule-grid';
import { ScheduleGridField } from './schedule-grid-field';

// Count renders of the real cell view. The grid memoizes it itself, so if that memo (or
// the primitive props it relies on) goes away, these counts jump to 168 per change.
const renders = vi.hoisted(() => ({ cells: [] as string[] }));
vi.mock('./schedule-cell', async (importOriginal) => {
  const original = await importOriginal<typeof import('./schedule-cell')>();
  function CountedCell(props: ScheduleCellProps) {
    renders.cells.push(`${props.day}:${props.hour}`);
    return original.ScheduleCellView(props);
  }
  return { ...original, ScheduleCellView: CountedCell };
});

// getByRole over 168 named cells is slow under jsdom; names are asserted where they matter.
function cell(day: number, hour: number): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[role="gridcell"][data-row="${day}"][data-col="${hour}"]`);
  if (!el) throw new Error(`No cell ${day}:${hour}`);
  return el;
}

function Controlled() {
  const [value, setValue] = useState<Grid>(everyHour);
  return <ScheduleGrid value={value} onChange={setValue} />;
}

describe('render cost', { timeout: 20_000 }, () => {
  it('toggling one cell re-renders that cell (and the old tab stop), not all 168', async () => {
    const { user } = renderWithProviders(<Controlled />);
    expect(renders.cells).toHaveLength(168);
    renders.cells.length = 0;
    await user.click(cell(4, 12));
    expect(cell(4, 12)).toHaveAttribute('aria-selected', 'false');
    expect(new Set(renders.cells)).toEqual(new Set(['4:12', '0:0']));
    expect(renders.cells.length).toBeLessThanOrEqual(4);
  });

  it('a drag re-renders only the cells it paints', async () => {
    const { user } = renderWithProviders(<Controlled />);
    await user.click(cell(0, 0)); // move the tab stop first
    await user.click(cell(0, 0));
    renders.cells.length = 0;
    await user.pointer([
      { keys: '[MouseLeft>]', target: cell(2, 2) },
      { target: cell(3, 3) },
      { keys: '[/MouseLeft]', target: cell(3, 3) },
    ]);
    expect(new Set(renders.cells)).toEqual(new Set(['0:0', '2:2', '2:3', '3:2', '3:3']));
  });
});

interface FormValues {
  name: string;
  schedule: { grid: Grid };
}

function NameField({ control }: { control: Control<FormValues> }) {
  const { field } = useController({ control, name: 'name' });
  return <input aria-label="Name" {...field} />;
}

function Wizard({ onNameRender, onSubmit }: { onNameRender: () => void; onSubmit: (v: FormValues) => void }) {
  const { control, handleSubmit } = useForm<FormValues>({
    defaultValues: { name: 'a', schedule: { grid: everyHour } },
  });
  return (
    <form onSubmit={handleSubmit(onSubmit)}>
      <Profiler id="name" onRender={onNameRender}>
        <NameField control={control} />
      </Profiler>
      <ScheduleGridField control={control} name="schedule.grid" />
      <button type="submit">Save</button>
    </form>
  );
}

describe('ScheduleGridField (react-hook-form)', { timeout: 20_000 }, () => {
  it('edits the form value without re-rendering the form or its other fields', async () => {
    const onNameRender = vi.fn();
    const onSubmit = vi.fn<(v: FormValues) => void>();
    const { user } = renderWithProviders(<Wizard onNameRender={onNameRender} onSubmit={onSubmit} />);
    const before = onNameRender.mock.calls.length;
    renders.cells.length = 0;
    await user.click(cell(4, 12));
    expect(cell(4, 12)).toHaveAttribute('aria-selected', 'false');
    // The Profiler around the other field fires on any render of it, including one
    // caused by the form re-rendering.
    expect(onNameRender.mock.calls.length).toBe(before);
    expect(renders.cells.length).toBeLessThanOrEqual(4);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const grid = onSubmit.mock.lastCall?.[0].schedule.grid ?? everyHour;
    expect(isOn(grid, 4, 12)).toBe(false);
    expect(isOn(grid, 4, 11)).toBe(true);
  });
});
