import { Stack, Table } from '@mantine/core';
import { useWatch } from 'react-hook-form';
import { formatKrw } from '../../../i18n/format';
import { ScheduleSummary } from '../../schedule/schedule-summary';
import { TargetingSummary } from '../../targeting/targeting-summary';
import { RequestPreview } from '../wizard-kit/request-preview';
import type { DisplayCampaignFacts } from './campaign-facts';
import { useDisplayForm } from './form-context';
import { useDisplayT } from './i18n';
import { parseMoney, toEditPayload, toPayload } from './payload';

interface Props {
  campaign: DisplayCampaignFacts;
  campaignLabel: string;
  adAccountId: number;
  /** Set when editing: the PUT body carries the id. */
  editId?: number;
}

/** Every choice in plain words, then the exact body that Submit sends. */
export function StepReview({ campaign, campaignLabel, adAccountId, editId }: Props) {
  const t = useDisplayT();
  const { control, getValues } = useDisplayForm();
  // Subscribes the review to every change; the values themselves are read whole.
  useWatch({ control });
  const values = getValues();
  const body = editId === undefined ? toPayload(values, campaign) : toEditPayload(values, campaign, editId);
  const list = (items: readonly string[] | undefined, key: (v: string) => string = (v) => v) =>
    items && items.length > 0 ? items.map(key).join(', ') : t('review.none');
  const autobid = values.bidStrategy === 'AUTOBID';
  const target = body.bidStrategyTarget;
  const rows: Array<[string, React.ReactNode]> = [
    [t('review.name'), body.name ?? ''],
    [t('review.campaign'), campaignLabel],
    [t('review.placements'), values.allAvailablePlacement ? t('placements.all') : list(body.placements, (p) => t(`placements.${p}`))],
    ...(body.adServingCategories ? [[t('review.adServing'), list(body.adServingCategories)] as [string, string]] : []),
    ...(body.sectionCategories ? [[t('review.sections'), list(body.sectionCategories)] as [string, string]] : []),
    [t('review.devices'), body.allAvailableDeviceType ? t('devices.all') : list(body.deviceTypes, (d) => t(`devices.${d}`))],
    [t('review.targeting'), <TargetingSummary key="t" value={body.targeting} adAccountId={adAccountId} />],
    [t('review.adult'), values.adult ? t('review.yes') : t('review.no')],
    [
      t('review.period'),
      t('review.periodValue', { begin: values.beginDate, end: values.noEndDate ? t('review.noEnd') : values.endDate }),
    ],
    [t('review.lateNight'), values.lateNight ? t('review.yes') : t('review.no')],
    [t('review.hours'), <ScheduleSummary key="s" value={values.grid} />],
    [t('review.daily'), formatKrw(parseMoney(values.dailyBudgetAmount))],
    [t('review.strategy'), autobid ? `${t('budget.AUTOBID')} · ${target ? t(`budget.${target.type}`) : ''}` : `${t('budget.MANUAL')} · ${body.pricingType}`],
    [
      t('review.bid'),
      autobid
        ? target && typeof target.value === 'number'
          ? target.type === 'TARGET_ROAS'
            ? `${target.value}%`
            : formatKrw(target.value)
          : '–'
        : formatKrw(body.bidAmount),
    ],
    [t('review.pacing'), t(`budget.${body.pacing}`)],
  ];
  return (
    <Stack>
      <Table variant="vertical" withTableBorder layout="fixed">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={200}>{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <RequestPreview body={body} />
    </Stack>
  );
}
