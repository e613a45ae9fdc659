import { Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schedule } from '../../../api/contracts/schedule';
import { fromScheduleDays } from '../../schedule/grid-model';
import { ScheduleGrid } from '../../schedule/schedule-grid';
import { DetailSection, Facts, useYesNo, type Fact } from './detail-layout';
import { formatKakaoDate, hasHourArrays, shortTime } from './format-detail';
import { AD_GROUP_DETAIL_NAMESPACE } from './messages';

export interface ScheduleSectionProps {
  schedule: Schedule | null | undefined;
  /**
   * Display-family groups have the 7×24 hours and the late-night option (spec-notes #13);
   * Message groups only a period, sent from its start time.
   */
  withHours: boolean;
}

function usePeriod(schedule: Schedule | null | undefined): string | null {
  const { t, i18n } = useTranslation(AD_GROUP_DETAIL_NAMESPACE);
  const at = (date: string | null | undefined, time: string | null | undefined) => {
    const day = formatKakaoDate(date, i18n.language);
    const hm = shortTime(time);
    return day && hm ? t('values.dateTime', { date: day, time: hm }) : day;
  };
  const begin = at(schedule?.beginDate, schedule?.beginTime);
  if (!begin) return null;
  const end = at(schedule?.endDate, schedule?.endTime);
  return end ? t('values.periodRange', { begin, end }) : t('values.periodOpen', { begin });
}

export function ScheduleSection({ schedule, withHours }: ScheduleSectionProps) {
  const { t } = useTranslation(AD_GROUP_DETAIL_NAMESPACE);
  const yesNo = useYesNo();
  const gridLabelId = useId();
  const period = usePeriod(schedule);
  const items: Fact[] = [{ key: 'period', label: t('fields.period'), value: period }];
  if (withHours) items.push({ key: 'lateNight', label: t('fields.lateNight'), value: yesNo(schedule?.lateNight ?? false) });

  return (
    <DetailSection title={t('sections.schedule')} testId="section-schedule">
      <Facts items={items} />
      {withHours || hasHourArrays(schedule) ? (
        <Stack gap="xs">
          <Text fw={600} size="sm" id={gridLabelId}>
            {t('fields.hours')}
          </Text>
          {/* No hour arrays means every hour (the grid model's reading of the wire). */}
          <ScheduleGrid readOnly value={fromScheduleDays(schedule)} labelId={gridLabelId} />
        </Stack>
      ) : (
        <Text size="sm" c="gray.7">
          {t('values.noHours')}
        </Text>
      )}
    </DetailSection>
  );
}
