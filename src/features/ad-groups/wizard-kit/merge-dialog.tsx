import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatKrw } from '../../../i18n/format';
import { useWizardT } from './i18n';
import type { MergeConflict, MergeSide } from './three-way-merge';

/** Form fields held as digits that mean won. */
const MONEY_FIELDS = new Set(['dailyBudgetAmount', 'bidAmount', 'autobidValue']);
const CODE = /^[A-Z][A-Z0-9_]*$/;

/**
 * A value as the user reads it. Codes, lists of codes and the grid have no short reading,
 * so they are named "a different setting" rather than printed raw.
 */
function useDescribe() {
  const t = useWizardT();
  return (path: string, value: unknown): string => {
    if (typeof value === 'boolean') return t(value ? 'merge.yes' : 'merge.no');
    if (typeof value === 'string') {
      if (value.trim() === '') return t('merge.empty');
      if (MONEY_FIELDS.has(path) && /^\d+$/.test(value)) return formatKrw(Number(value));
      if (!CODE.test(value)) return value;
    }
    if (typeof value === 'number') return value.toLocaleString('ko-KR');
    return t('merge.different');
  };
}

export interface MergeDialogProps {
  conflicts: readonly MergeConflict[] | null;
  fieldLabel: (path: string) => string;
  onResolve: (choices: Record<string, MergeSide>) => void;
  onCancel: () => void;
}

/**
 * Fields changed both here and in another tab, side by side. Nothing is picked for the
 * user: saving waits until every field has a choice.
 */
export function MergeDialog({ conflicts, fieldLabel, onResolve, onCancel }: MergeDialogProps) {
  const t = useWizardT();
  const { t: common } = useTranslation();
  const describe = useDescribe();
  const [choices, setChoices] = useState<Record<string, MergeSide>>({});
  const list = conflicts ?? [];
  const complete = list.every((c) => choices[c.path]);

  return (
    <Modal
      opened={conflicts !== null}
      onClose={onCancel}
      title={t('merge.title')}
      closeButtonProps={{ 'aria-label': common('actions.close') }}
      size="lg"
      centered
    >
      <Stack>
        <Text size="sm">{t('merge.body')}</Text>
        {list.map((c) => (
          <Radio.Group
            key={c.path}
            label={fieldLabel(c.path)}
            value={choices[c.path] ?? null}
            onChange={(side) => setChoices((prev) => ({ ...prev, [c.path]: side === 'theirs' ? 'theirs' : 'mine' }))}
          >
            <Group grow align="stretch" mt="xs">
              <Radio value="mine" label={t('merge.mine')} description={describe(c.path, c.mine)} />
              <Radio value="theirs" label={t('merge.theirs')} description={describe(c.path, c.theirs)} />
            </Group>
          </Radio.Group>
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} data-autofocus>
            {common('actions.cancel')}
          </Button>
          <Button onClick={() => onResolve(choices)} disabled={!complete}>
            {t('merge.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
