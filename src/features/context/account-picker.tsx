import { useTranslation } from 'react-i18next';
import { useAdAccounts } from './api/list-ad-accounts';
import { ContextSelect } from './context-select';

export interface AccountPickerProps {
  value: number | null;
  onChange: (adAccountId: number) => void;
}

/** The header's ad account choice; the page below shows the full error and a retry. */
export function AccountPicker({ value, onChange }: AccountPickerProps) {
  const { t } = useTranslation();
  const accounts = useAdAccounts();
  const options = (accounts.data ?? []).map((a) => ({ value: a.id, label: a.name }));
  const placeholder = accounts.isPending
    ? t('picker.account.loading')
    : accounts.isError
      ? t('picker.account.error')
      : options.length === 0
        ? t('picker.account.empty')
        : t('picker.account.placeholder');

  return (
    <ContextSelect
      label={t('picker.account.label')}
      placeholder={placeholder}
      options={options}
      value={value}
      onChange={onChange}
      error={accounts.isError}
      width={220}
    />
  );
}
