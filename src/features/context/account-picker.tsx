import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAdAccounts } from './api/list-ad-accounts';

export interface AccountPickerProps {
  value: number | null;
  onChange: (adAccountId: number) => void;
}

/** The header's ad account choice; the page below shows the full error and a retry. */
export function AccountPicker({ value, onChange }: AccountPickerProps) {
  const { t } = useTranslation();
  const accounts = useAdAccounts();
  const data = (accounts.data ?? []).map((a) => ({ value: String(a.id), label: a.name }));
  const placeholder = accounts.isPending
    ? t('picker.account.loading')
    : accounts.isError
      ? t('picker.account.error')
      : data.length === 0
        ? t('picker.account.empty')
        : t('picker.account.placeholder');

  return (
    <Select
      label={t('picker.account.label')}
      placeholder={placeholder}
      data={data}
      value={value === null ? null : String(value)}
      onChange={(next) => next && onChange(Number(next))}
      disabled={data.length === 0}
      error={accounts.isError}
      searchable
      allowDeselect={false}
      nothingFoundMessage={t('picker.account.empty')}
      size="sm"
      w={220}
      // Inside the header's nav landmark, so the open list is still in a landmark (axe "region").
      comboboxProps={{ withinPortal: false }}
    />
  );
}
