import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import { CHANGE_ACTIONS } from '../../api/contracts/changes';
import { validateHistorySearch, type HistorySearch } from './history-search';
import { useHistoryT } from './messages';

export interface HistoryFiltersProps {
  value: HistorySearch;
  onChange: (next: HistorySearch) => void;
}

/** The filters of a history page; each change goes to the URL (validateHistorySearch drops nonsense). */
export function HistoryFilters({ value, onChange }: HistoryFiltersProps) {
  const t = useHistoryT();
  const set = (patch: Record<string, unknown>) => onChange(validateHistorySearch({ ...value, ...patch }));
  // Typed filters go to the URL on Enter or when leaving the field, not on every key.
  const onEnter = (name: 'user' | 'adGroupId') => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') set({ [name]: event.currentTarget.value });
  };
  return (
    <Group role="search" aria-label={t('filter.label')} align="flex-end" gap="sm" wrap="wrap">
      <TextInput
        label={t('filter.user')}
        defaultValue={value.user ?? ''}
        key={`user-${value.user ?? ''}`}
        onBlur={(event) => set({ user: event.currentTarget.value })}
        onKeyDown={onEnter('user')}
        w={160}
      />
      <NativeSelect
        label={t('filter.action')}
        value={value.action ?? ''}
        onChange={(event) => set({ action: event.currentTarget.value })}
        data={[{ value: '', label: t('filter.anyAction') }, ...CHANGE_ACTIONS.map((a) => ({ value: a, label: t(`action.${a}`) }))]}
      />
      <TextInput
        label={t('filter.adGroup')}
        defaultValue={value.adGroupId ?? ''}
        key={`group-${value.adGroupId ?? ''}`}
        inputMode="numeric"
        onBlur={(event) => set({ adGroupId: event.currentTarget.value })}
        onKeyDown={onEnter('adGroupId')}
        w={140}
      />
      <TextInput type="date" label={t('filter.since')} value={value.since ?? ''} onChange={(event) => set({ since: event.currentTarget.value })} />
      <TextInput type="date" label={t('filter.until')} value={value.until ?? ''} onChange={(event) => set({ until: event.currentTarget.value })} />
      <Button variant="default" onClick={() => onChange({})} disabled={Object.keys(value).length === 0}>
        {t('filter.clear')}
      </Button>
    </Group>
  );
}
