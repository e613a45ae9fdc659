import { renderWithProviders } from '../../testing/render';
import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { everyHour, hoursPerWeek, isOn, noHours, type ScheduleGrid as Grid } from './grid-model';
import { ScheduleGrid } from './schedule-grid';

// getByRole over 168 named cells is slow under jsdom; names are asserted where they matter.
function cell(day: number, hour: number): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[role="gridcell"][data-row="${day}"][data-col="${hour}"]`);
  if (!el) throw new Error(`No cell ${day}:${hour}`);
  return el;
}
const summary = () => screen.getByTestId('schedule-summary');

function Harness({ initial, onChange }: { initial: Grid; onChange: (g: Grid) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <ScheduleGrid
      value={value}
      onChange={(g) => {
        onChange(g);
        setValue(g);
      }}
    />
  );
}

function setup(initial: Grid = everyHour) {
  const onChange = vi.fn<(g: Grid) => void>();
  const view = renderWithProviders(<Harness initial={initial} onChange={onChange} />);
  return { ...view, onChange, last: () => onChange.mock.lastCall?.[0] ?? initial };
}

// A 168-cell grid under jsdom on a busy 2-core runner needs more than the default 5 s.
describe('ScheduleGrid (editable)', { timeout: 20_000 }, () => {
  it('is an ARIA grid of 168 named cells with one tab stop', () => {
    const { container } = setup();
    const grid = screen.getByRole('grid', { name: 'Days and hours' });
    expect(grid).toHaveAttribute('aria-multiselectable', 'true');
    expect(within(grid).getAllByRole('gridcell')).toHaveLength(168);
    expect(cell(0, 9)).toHaveAccessibleName('Monday 09:00–10:00, on');
    expect(cell(0, 9)).toHaveAttribute('aria-selected', 'true');
    expect(container.querySelectorAll('[role="grid"] [tabindex="0"]')).toHaveLength(1);
  });

  it('toggles a cell on click and updates the summary', async () => {
    const { user, onChange, last } = setup();
    await user.click(cell(0, 9));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(isOn(last(), 0, 9)).toBe(false);
    expect(cell(0, 9)).toHaveAccessibleName('Monday 09:00–10:00, off');
    expect(cell(0, 9)).toHaveAttribute('aria-selected', 'false');
    expect(summary()).toHaveTextContent('167 of 168 hours per week');
    await user.click(cell(0, 9));
    expect(isOn(last(), 0, 9)).toBe(true);
    expect(summary()).toHaveTextContent('Every day, every hour');
  });

  it('drags a rectangle, painted with the first cell’s new state, committed once', async () => {
    const { user, onChange, last } = setup();
    await user.pointer([
      { keys: '[MouseLeft>]', target: cell(1, 8) },
      { target: cell(2, 9) },
      { target: cell(3, 11) },
      { target: cell(3, 10) },
    ]);
    // Mid-drag: the grid shows the paint, the form has heard nothing.
    expect(onChange).not.toHaveBeenCalled();
    expect(cell(3, 10)).toHaveAttribute('aria-selected', 'false');
    expect(cell(3, 11)).toHaveAttribute('aria-selected', 'true');
    await user.pointer({ keys: '[/MouseLeft]', target: cell(3, 10) });
    expect(onChange).toHaveBeenCalledTimes(1);
    const g = last();
    expect(hoursPerWeek(g)).toBe(168 - 9);
    for (const d of [1, 2, 3]) for (const h of [8, 9, 10]) expect(isOn(g, d, h)).toBe(false);
    expect(isOn(g, 0, 8)).toBe(true);
  });

  it('paints on from an off cell and ends the drag on release outside the grid', async () => {
    const { user, onChange, last } = setup(noHours);
    await user.pointer([{ keys: '[MouseLeft>]', target: cell(5, 0) }, { target: cell(6, 1) }]);
    await user.pointer({ keys: '[/MouseLeft]', target: document.body });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(hoursPerWeek(last())).toBe(4);
    await user.pointer({ target: cell(6, 5) }); // no button: no paint
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('moves with arrows, toggles with Space, paints with Shift+arrows, Home/End', async () => {
    const { user, last, container } = setup();
    await user.tab(); // presets first…
    await user.tab();
    await user.tab();
    await user.tab(); // …then the grid, as one stop
    expect(cell(0, 0)).toHaveFocus();
    await user.keyboard('{ArrowRight}{ArrowDown}');
    expect(cell(1, 1)).toHaveFocus();
    await user.keyboard(' ');
    expect(isOn(last(), 1, 1)).toBe(false);
    await user.keyboard('{Shift>}{ArrowRight}{ArrowRight}{/Shift}');
    expect(cell(1, 3)).toHaveFocus();
    expect([1, 2, 3].map((h) => isOn(last(), 1, h))).toEqual([false, false, false]);
    expect(isOn(last(), 1, 4)).toBe(true);
    await user.keyboard('{End}');
    expect(cell(1, 23)).toHaveFocus();
    await user.keyboard('{Home}');
    expect(cell(1, 0)).toHaveFocus();
    await user.keyboard('{Control>}{End}{/Control}');
    expect(cell(6, 23)).toHaveFocus();
    expect(container.querySelectorAll('[role="grid"] [tabindex="0"]')).toHaveLength(1);
    expect(cell(6, 23)).toHaveAttribute('tabindex', '0');
    await user.tab();
    expect(container.querySelector('[role="grid"]')).not.toContainElement(document.activeElement as HTMLElement);
  });

  it('toggles whole days and hours from the headers, by mouse and keyboard', async () => {
    const { user, last } = setup();
    await user.click(screen.getByRole('button', { name: 'Monday: switch all hours on or off' }));
    expect(hoursPerWeek(last())).toBe(144);
    await user.click(screen.getByRole('button', { name: 'Monday: switch all hours on or off' }));
    expect(hoursPerWeek(last())).toBe(168);
    await user.click(screen.getByRole('button', { name: '09:00–10:00: switch on or off for every day' }));
    expect(hoursPerWeek(last())).toBe(161);
    expect(isOn(last(), 6, 9)).toBe(false);
    // The headers are in the roving grid too: ArrowUp from a cell reaches the hour button.
    await user.click(cell(2, 0));
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}');
    expect(screen.getByRole('button', { name: '00:00–01:00: switch on or off for every day' })).toHaveFocus();
    // The click switched Wednesday 00 off, so the column is mixed: Enter switches it all on…
    await user.keyboard('{Enter}');
    expect([0, 1, 2, 3, 4, 5, 6].every((d) => isOn(last(), d, 0))).toBe(true);
    // …and Space, now that it is all on, all off.
    await user.keyboard(' ');
    expect([0, 1, 2, 3, 4, 5, 6].some((d) => isOn(last(), d, 0))).toBe(false);
  });

  it('applies presets and summarizes them', async () => {
    const { user, last } = setup();
    await user.click(screen.getByRole('button', { name: 'Weekdays 09–19' }));
    expect(hoursPerWeek(last())).toBe(50);
    expect(summary()).toHaveTextContent('50 of 168 hours per week');
    expect(summary()).toHaveTextContent('Mon–Fri 09–19');
    await user.click(screen.getByRole('button', { name: 'Weekends' }));
    expect(summary()).toHaveTextContent('Sat–Sun 00–24');
    await user.click(screen.getByRole('button', { name: 'Every hour' }));
    expect(summary()).toHaveTextContent('168 of 168');
  });

  it('warns when no hour is on', () => {
    setup(noHours);
    expect(summary()).toHaveTextContent('No hours selected');
  });

  it('speaks Korean', () => {
    renderWithProviders(<ScheduleGrid value={everyHour} onChange={() => {}} />, { language: 'ko' });
    expect(screen.getByRole('gridcell', { name: '월요일 09:00–10:00, 켜짐' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '일요일 전체 시간 켜기/끄기' })).toHaveTextContent('일');
    expect(screen.getByRole('grid', { name: '요일 및 시간 설정' })).toBeInTheDocument();
  });
});

describe('ScheduleGrid (read-only)', { timeout: 20_000 }, () => {
  it('is a plain table with headers and nothing to operate', () => {
    const { container } = renderWithProviders(<ScheduleGrid readOnly value={noHours.map((_, d) => (d === 0 ? 1 : 0))} />);
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
    expect(screen.queryAllByRole('gridcell')).toHaveLength(0);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(container.querySelectorAll('[tabindex]')).toHaveLength(0);
    const table = screen.getByRole('table', { name: 'Days and hours' });
    expect(within(table).getAllByRole('columnheader')).toHaveLength(25);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(7);
    expect(within(table).getAllByRole('cell')).toHaveLength(168);
    expect(within(table).getAllByText('on')).toHaveLength(1);
    expect(summary()).toHaveTextContent('1 of 168 hours per week');
    expect(summary()).toHaveTextContent('Mon 00–01');
  });
});
