import { VisuallyHidden } from '@mantine/core';
import { DAYS_PER_WEEK, HOURS_PER_DAY, isOn, type ScheduleGrid } from './grid-model';
import { padHour, useDayNames, useHourRangeLabel, useScheduleT } from './i18n';
import classes from './schedule-grid.module.css';

const DAYS = Array.from({ length: DAYS_PER_WEEK }, (_, d) => d);
const HOURS = Array.from({ length: HOURS_PER_DAY }, (_, h) => h);

/**
 * The detail page's grid: a plain data table (no grid role, nothing focusable). Headers
 * name each cell's day and hour, and each cell carries its state as hidden text.
 */
export function ScheduleTableReadOnly({ value, labelId }: { value: ScheduleGrid; labelId?: string }) {
  const t = useScheduleT();
  const shortNames = useDayNames('dayShort');
  const longNames = useDayNames('dayLong');
  const range = useHourRangeLabel();
  return (
    <table className={classes.table} aria-labelledby={labelId} aria-label={labelId ? undefined : t('label')}>
      <thead>
        <tr>
          <th scope="col" className={classes.headerCell}>
            <VisuallyHidden>{t('corner')}</VisuallyHidden>
          </th>
          {HOURS.map((hour) => (
            <th key={hour} scope="col" className={classes.headerCell}>
              <abbr title={range(hour)}>{padHour(hour)}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {DAYS.map((day) => (
          <tr key={day}>
            <th scope="row" className={classes.headerCell}>
              <abbr title={longNames[day]}>{shortNames[day]}</abbr>
            </th>
            {HOURS.map((hour) => {
              const on = isOn(value, day, hour);
              return (
                <td key={hour} className={classes.readOnlyCell} data-on={on || undefined}>
                  <VisuallyHidden>{t(on ? 'state.on' : 'state.off')}</VisuallyHidden>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
