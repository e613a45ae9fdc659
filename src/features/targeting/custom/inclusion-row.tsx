import { Group, Radio } from '@mantine/core';
import type { ReactNode } from 'react';
import type { InclusionType } from '../../../api/contracts/enums';
import { useTargetingT } from '../i18n';

export interface InclusionRowProps {
  /** The item's name: the radio group's accessible name. */
  label: string;
  /** Details under the name (population, status, why it is disabled). */
  description?: ReactNode;
  value: InclusionType | null;
  onChange: (next: InclusionType | null) => void;
  disabled?: boolean;
}

const NONE = 'NONE';

/** One custom-audience item: not used, included or excluded (every list has INCLUDE/EXCLUDE). */
export function InclusionRow({ label, description, value, onChange, disabled = false }: InclusionRowProps) {
  const t = useTargetingT();
  return (
    <Radio.Group
      label={label}
      description={description}
      value={value ?? NONE}
      onChange={(next) => onChange(next === 'INCLUDE' || next === 'EXCLUDE' ? next : null)}
      readOnly={disabled}
    >
      <Group gap="md" mt={4}>
        <Radio value={NONE} label={t('inclusion.none')} disabled={disabled} />
        <Radio value="INCLUDE" label={t('inclusion.include')} disabled={disabled} />
        <Radio value="EXCLUDE" label={t('inclusion.exclude')} disabled={disabled} />
      </Group>
    </Radio.Group>
  );
}
