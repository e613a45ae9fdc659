import { Button, Group, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Violation } from '../../../api/rules/violation';
import { Money } from '../../../components/money';
import { violationMessage } from '../../../i18n/rules';
import { parseAmount } from './facts';
import { AD_GROUP_ACTIONS_NAMESPACE } from './messages';

export interface InlineMoneyEditProps {
  /** What is edited, e.g. "daily budget of Spring sale": names the input and the edit button. */
  label: string;
  value: number | null | undefined;
  /** The shared rules (src/api/rules) for this value; nothing is sent while they object. */
  validate: (amount: number) => Violation[];
  onSave: (amount: number) => void;
  /** A change is on its way: the amount shown is the new one, not yet confirmed. */
  pending?: boolean;
}

/**
 * An amount in won that turns into an input on click or Enter. Enter saves once the rules
 * accept the value, Esc cancels; the view comes back at once (the change is optimistic).
 */
export function InlineMoneyEdit({ label, value, validate, onSave, pending = false }: InlineMoneyEditProps) {
  const { t } = useTranslation(AD_GROUP_ACTIONS_NAMESPACE);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    setDraft(null);
    setError(null);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft === null) return;
    const amount = parseAmount(draft);
    const violations = validate(amount);
    if (violations.length > 0) return setError(t(...violationMessage(violations[0])));
    close();
    if (amount !== value) onSave(amount);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Esc belongs to this edit, not to a dialog or drawer around it.
    event.stopPropagation();
    close();
  };

  if (draft === null) {
    return (
      <UnstyledButton
        onClick={() => setDraft(value === null || value === undefined ? '' : value.toLocaleString('ko-KR'))}
        aria-label={t('edit.open', { label })}
        aria-busy={pending}
        title={t('edit.open', { label })}
        style={{ borderBottom: '1px dashed var(--mantine-color-dimmed)', opacity: pending ? 0.6 : 1 }}
      >
        <Money amount={value} />
      </UnstyledButton>
    );
  }
  return (
    <form onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      <Group gap={4} wrap="nowrap" align="flex-start">
        <TextInput
          value={draft}
          onChange={(event) => {
            setDraft(event.currentTarget.value);
            setError(null);
          }}
          aria-label={label}
          description={<Text span size="xs">{t('edit.keys')}</Text>}
          inputMode="numeric"
          autoComplete="off"
          error={error}
          size="xs"
          w={150}
          data-autofocus
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
        />
        <Button type="submit" size="xs" variant="light">
          {t('edit.save')}
        </Button>
        <Button type="button" size="xs" variant="subtle" onClick={close}>
          {t('edit.cancel')}
        </Button>
      </Group>
    </form>
  );
}
