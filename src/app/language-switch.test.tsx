import { screen } from '@testing-library/react';
import { useTranslation } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../testing/render';
import { LANGUAGE_STORAGE_KEY } from '../i18n/i18n';
import { LanguageSwitch } from './language-switch';

function Retry() {
  const { t } = useTranslation();
  return <button type="button">{t('actions.retry')}</button>;
}

afterEach(() => localStorage.clear());

describe('LanguageSwitch', () => {
  it('switches the whole UI, <html lang> and remembers the choice', async () => {
    const { user } = renderWithProviders(
      <>
        <LanguageSwitch />
        <Retry />
      </>,
      { language: 'en' },
    );
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), '한국어');

    expect(await screen.findByRole('button', { name: '다시 시도' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '언어' })).toHaveValue('ko');
    expect(document.documentElement.lang).toBe('ko');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ko');

    await user.selectOptions(screen.getByRole('combobox', { name: '언어' }), 'English');
    expect(await screen.findByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });
});
