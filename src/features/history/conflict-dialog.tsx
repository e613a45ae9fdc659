import { Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UndoConflict } from './undo-plan';
import { fieldLabel, formatValue } from './format-change';
import { useHistoryT } from './messages';

export interface ConflictDialogProps {
  name: string;
  conflicts: readonly UndoConflict[];
  busy: boolean;
  onPutBack: () => void;
  onKeep: () => void;
}

/** The value moved on since the change: before, after and now side by side; keeping is the safe default. */
export function ConflictDialog({ name, conflicts, busy, onPutBack, onKeep }: ConflictDialogProps) {
  const t = useHistoryT();
  const { t: common } = useTranslation();
  return (
    <Modal opened onClose={busy ? () => {} : onKeep} title={t('undo.conflictTitle')} closeButtonProps={{ 'aria-label': common('actions.close') }} centered size="lg">
      <Stack>
        <Text>{t('undo.conflictIntro', { name })}</Text>
        <Table aria-label={t('undo.conflictTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('csv.field')}</Table.Th>
              <Table.Th scope="col">{t('undo.before')}</Table.Th>
              <Table.Th scope="col">{t('undo.after')}</Table.Th>
              <Table.Th scope="col">{t('undo.now')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {conflicts.map((c) => (
              <Table.Tr key={c.field}>
                <Table.Th scope="row">{fieldLabel(c.field, t)}</Table.Th>
                <Table.Td>{formatValue(c.field, c.before, t)}</Table.Td>
                <Table.Td>{formatValue(c.field, c.after, t)}</Table.Td>
                <Table.Td>{formatValue(c.field, c.now, t)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group justify="flex-end">
          <Button variant="default" onClick={onKeep} disabled={busy} data-autofocus>
            {t('undo.keep')}
          </Button>
          <Button color="red" onClick={onPutBack} loading={busy}>
            {t('undo.putBack')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
