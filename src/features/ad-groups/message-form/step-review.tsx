import { Stack, Table } from '@mantine/core';
import type { MessageAdGroupCreateRequest } from '../../../api/contracts/ad-group-requests';
import { messageTotals } from '../../../api/rules/message';
import { hasTargeting } from '../../../api/rules/targeting';
import { Money } from '../../../components/money';
import { RequestPreview } from '../wizard-kit/request-preview';
import { useMessageT } from './i18n';

/** What will be sent, summarised from the exact body (the caller builds it with toPayload). */
export function StepReview({ body }: { body: MessageAdGroupCreateRequest }) {
  const t = useMessageT();
  const info = body.messageSendingInfo;
  const count = Number.isFinite(info.contractCount) ? info.contractCount : 0;
  const s = body.schedule;
  const rows: [string, React.ReactNode][] = [
    [t('review.name'), body.name],
    [t('review.devices'), body.deviceTypes.map((d) => t(`device.${d}`)).join(', ')],
    [t('review.targeting'), hasTargeting(body.targeting) ? t('review.targeted') : t('review.untargeted')],
    [t('review.smartMessage'), body.smartMessage ? t('review.yes') : t('review.no')],
    [t('review.count'), count.toLocaleString('ko-KR')],
    [t('review.total'), <Money key="total" amount={messageTotals(count, info.price).totalBudgetWithVAT} />],
    [t('review.period'), `${s.beginDate} ${s.beginTime ?? ''}`],
  ];
  if (info.longTerm) rows.push([t('review.end'), `${s.endDate ?? ''} ${s.endTime ?? ''}`]);
  return (
    <Stack>
      <Table aria-label={t('review.heading')} withTableBorder maw={640}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" w="40%">
                {label}
              </Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <RequestPreview body={body} />
    </Stack>
  );
}
