import { Alert, Table, Text } from '@mantine/core';
import { messageTotals } from '../../../api/rules/message';
import { Money } from '../../../components/money';
import { useMessageT } from './i18n';

/** contractCount × price, plus 10 % VAT, live (rules/message.ts `messageTotals`). */
export function BudgetPreview({ count, price }: { count: number; price: number }) {
  const t = useMessageT();
  const valid = Number.isFinite(count) && count >= 0;
  const { totalBudget, totalBudgetWithVAT } = messageTotals(valid ? count : 0, price);
  return (
    <div>
      <Table aria-label={t('sending.budget')} withTableBorder maw={520} aria-live="polite">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row">{t('sending.subtotal')}</Table.Th>
            <Table.Td ta="right">
              <Money amount={totalBudget} />
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('sending.vat')}</Table.Th>
            <Table.Td ta="right">
              <Money amount={totalBudgetWithVAT - totalBudget} />
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('sending.total')}</Table.Th>
            <Table.Td ta="right" fw={700}>
              <Money amount={totalBudgetWithVAT} />
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Alert variant="light" color="gray" mt="xs" maw={520}>
        <Text size="sm">{t('sending.deducted')}</Text>
      </Alert>
    </div>
  );
}
