import { Button, Group, NativeSelect, Text, UnstyledButton } from '@mantine/core';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PACINGS, type Pacing } from '../../../api/contracts/enums';
import { canEditBudgetBidPacing } from '../../../api/rules/capabilities';
import { allowedPacings } from '../../../api/rules/pacing';
import { validatePacingChange } from '../../../api/rules/validate-partial';
import { violationMessage } from '../../../i18n/rules';
import { useEditPacing } from '../api/use-edit-pacing';
import { existingFactsOf } from './facts';
import type { InlineDetailEditProps } from './inline-budget-bid-edit';
import { AD_GROUP_ACTIONS_NAMESPACE } from './messages';

const isPacing = (value: unknown): value is Pacing => PACINGS.some((p) => p === value);

export function PacingLabel({ pacing }: { pacing: string | null | undefined }) {
  const { t } = useTranslation(AD_GROUP_ACTIONS_NAMESPACE);
  if (pacing === null || pacing === undefined) return <span>–</span>;
  return <span>{isPacing(pacing) ? t(`pacing.${pacing}`) : pacing}</span>;
}

/**
 * The pacing, editable with manual bidding where there is a choice (spec-notes #8:
 * NORMAL or QUICK). Enter saves, Esc cancels, as for the amounts.
 */
export function InlinePacingEdit({ adAccountId, adGroup }: InlineDetailEditProps) {
  const { t } = useTranslation(AD_GROUP_ACTIONS_NAMESPACE);
  const mutation = useEditPacing(adAccountId);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const facts = existingFactsOf(adGroup);
  const label = t('edit.pacingLabel', { name: adGroup.name });

  if (!canEditBudgetBidPacing(facts).pacing) return <PacingLabel pacing={adGroup.pacing} />;
  const close = () => {
    setDraft(null);
    setError(null);
  };
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (draft === null) return;
    const violations = validatePacingChange(facts, draft);
    if (violations.length > 0 || !isPacing(draft)) return setError(violations[0] ? t(...violationMessage(violations[0])) : null);
    close();
    if (draft !== adGroup.pacing) mutation.mutate({ id: adGroup.id, pacing: draft });
  };
  // A native select does not submit its form on Enter, so Enter is handled here.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      close();
    } else if (event.key === 'Enter' && event.target instanceof HTMLSelectElement) {
      event.preventDefault();
      submit();
    }
  };

  if (draft === null) {
    return (
      <UnstyledButton
        onClick={() => setDraft(String(adGroup.pacing ?? allowedPacings(facts.campaignType, facts.goal, facts.bidStrategy)[0]))}
        aria-label={t('edit.open', { label })}
        aria-busy={mutation.isPending}
        title={t('edit.open', { label })}
        style={{ borderBottom: '1px dashed var(--mantine-color-dimmed)' }}
      >
        <Text span size="sm">
          <PacingLabel pacing={adGroup.pacing} />
        </Text>
      </UnstyledButton>
    );
  }
  const options = allowedPacings(facts.campaignType, facts.goal, facts.bidStrategy).map((p) => ({
    value: p,
    label: t(`pacing.${p}`),
  }));
  return (
    <form onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      <Group gap={4} wrap="nowrap" align="flex-start">
        <NativeSelect
          value={draft}
          onChange={(event) => setDraft(event.currentTarget.value)}
          data={options}
          aria-label={label}
          error={error}
          size="xs"
          autoFocus
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
