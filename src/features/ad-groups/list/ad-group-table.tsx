import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdGroupListItem } from '../../../api/contracts/ad-group-list';
import { ConfigBadge, SystemConfigBadge } from '../../../components/status-badge';
import { AD_GROUPS_NAMESPACE } from './messages';

/** The list as a plain table; filters, inline edits and bulk actions grow from here. */
export function AdGroupTable({ adGroups }: { adGroups: readonly AdGroupListItem[] }) {
  const { t } = useTranslation(AD_GROUPS_NAMESPACE);
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{t('list.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('list.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('list.columns.config')}</Table.Th>
            <Table.Th scope="col">{t('list.columns.systemConfig')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {adGroups.map((group) => (
            <Table.Tr key={group.id} data-testid={`ad-group-${group.id}`}>
              <Table.Th scope="row" fw={500}>
                {group.name}
              </Table.Th>
              <Table.Td>
                <ConfigBadge config={group.config} />
              </Table.Td>
              <Table.Td>
                <SystemConfigBadge systemConfig={group.systemConfig} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
