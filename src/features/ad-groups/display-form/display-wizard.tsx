import { zodResolver } from '@hookform/resolvers/zod';
import i18next from 'i18next';
import { useMemo, useState } from 'react';
import { FormProvider, useForm, useFormState } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AdGroupDetail } from '../../../api/contracts/ad-group';
import type { Campaign } from '../../../api/contracts/campaign';
import { defaultAdGroupName } from '../../../api/rules/name';
import { violationMessage } from '../../../i18n/rules';
import type { ErrorDescription } from '../../../components/describe-error';
import { useDocumentTitle } from '../../../components/use-document-title';
import { DraftBanner } from '../wizard-kit/draft-banner';
import { WizardFooter } from '../wizard-kit/wizard-footer';
import type { DraftMode } from '../wizard-kit/draft-storage';
import { useDraft } from '../wizard-kit/use-draft';
import { useFreshMerge } from '../wizard-kit/use-fresh-merge';
import { useLeaveGuard } from '../wizard-kit/use-leave-guard';
import { useSubmitOnce } from '../wizard-kit/use-submit-once';
import { useWizardStep } from '../wizard-kit/use-wizard-step';
import { WizardLayout } from '../wizard-kit/wizard-layout';
import { campaignFacts } from './campaign-facts';
import { CategoryDefaults } from './category-defaults';
import { defaultDisplayValues } from './defaults';
import { makeDisplayFormSchema, type DisplayRuleContext } from './form-schema';
import { DISPLAY_STEPS, parseDisplayDraft, STEP_FIELDS, type DisplayFormValues } from './form-values';
import { useDisplayT } from './i18n';
import { fromAdGroup } from './payload';
import { seoulToday } from '../../../api/rules/seoul-clock';
import { WizardStepBody } from './wizard-step-body';
import { useSubmitDisplay } from './use-submit-display';

export type DisplayWizardMode =
  | { kind: 'create' }
  | { kind: 'duplicate'; source: AdGroupDetail }
  | { kind: 'edit'; group: AdGroupDetail };

export interface DisplayWizardProps {
  adAccountId: number;
  campaign: Campaign;
  mode: DisplayWizardMode;
}

function draftModeOf(mode: DisplayWizardMode): DraftMode {
  if (mode.kind === 'edit') return `edit:${mode.group.id}`;
  if (mode.kind === 'duplicate') return `duplicate:${mode.source.id}`;
  return 'create';
}

/** Create, edit or duplicate a Display / Bizboard / Video ad group: one useForm over six steps. */
export function DisplayWizard({ adAccountId, campaign, mode }: DisplayWizardProps) {
  const t = useDisplayT();
  const { t: common } = useTranslation();
  const facts = useMemo(() => campaignFacts(campaign), [campaign]);
  const [today] = useState(() => seoulToday());
  const editValues = (group: AdGroupDetail) => fromAdGroup(group, facts, { today, copySuffix: t('copySuffix'), mode: 'edit' });
  const [initial] = useState<DisplayFormValues>(() => {
    const options = { today, copySuffix: t('copySuffix') };
    if (mode.kind === 'edit') return editValues(mode.group);
    if (mode.kind === 'duplicate') return fromAdGroup(mode.source, facts, { ...options, mode: 'duplicate' });
    const name = defaultAdGroupName(common(`campaignType.${facts.campaignType}`), common(`goal.${facts.goal}`), new Date());
    return defaultDisplayValues(facts, name, today);
  });
  const ruleCtx = useMemo<DisplayRuleContext>(
    () => ({
      campaign: facts,
      today,
      existing:
        mode.kind === 'edit' ? { adult: mode.group.adult === true, beginDate: mode.group.schedule?.beginDate } : undefined,
    }),
    [facts, today, mode],
  );
  const schema = useMemo(
    () => makeDisplayFormSchema(ruleCtx, (v) => i18next.t(...violationMessage(v))),
    [ruleCtx],
  );
  const form = useForm<DisplayFormValues>({ defaultValues: initial, resolver: zodResolver(schema), reValidateMode: 'onChange' });
  const wizard = useWizardStep(DISPLAY_STEPS);
  const draft = useDraft({ form, scope: { adAccountId, campaignId: facts.id, mode: draftModeOf(mode) }, parse: parseDisplayDraft });
  const merge = useFreshMerge({ adAccountId, loaded: mode.kind === 'edit' ? mode.group : null, toValues: editValues, form });
  const { isDirty } = useFormState({ control: form.control });
  const leave = useLeaveGuard(isDirty);
  const submitOnce = useSubmitOnce(adAccountId);
  const [serverError, setServerError] = useState<ErrorDescription | null>(null);
  const submit = useSubmitDisplay({ adAccountId, facts, mode, form, draft, merge, leave, submitOnce, setServerError, goTo: wizard.goTo });

  const onNext = async () => {
    if (await form.trigger([...STEP_FIELDS[wizard.step]], { shouldFocus: true })) wizard.next();
  };
  const title = t(`title.${mode.kind}`);
  useDocumentTitle(title);
  const typeGoal = `${common(`campaignType.${facts.campaignType}`, { defaultValue: facts.campaignType })} · ${common(`goal.${facts.goal}`, { defaultValue: facts.goal })}`;
  const campaignLabel = t('campaign', { name: campaign.name ?? facts.id, typeGoal });

  return (
    <FormProvider {...form}>
      <WizardLayout
        title={title}
        subtitle={campaignLabel}
        steps={DISPLAY_STEPS.map((id) => ({ id, label: t(`steps.${id}`) }))}
        current={wizard.step}
        onStepClick={wizard.goTo}
        onBack={wizard.back}
        onNext={() => void onNext()}
        onSubmit={() => void submit()}
        submitLabel={t(mode.kind === 'edit' ? 'submit.edit' : 'submit.create')}
        submitting={submitOnce.submitting}
        submitDisabled={submitOnce.secondsLeft > 0 && !submitOnce.submitting}
        banners={<DraftBanner draft={draft} />}
        footer={<WizardFooter submitOnce={submitOnce} draftStatus={draft.status} />}
        serverError={serverError}
      >
        <CategoryDefaults campaign={facts} adAccountId={adAccountId} />
        <form onSubmit={(e) => e.preventDefault()} noValidate>
          <WizardStepBody
            step={wizard.step}
            campaign={facts}
            campaignLabel={campaignLabel}
            adAccountId={adAccountId}
            today={today}
            editId={mode.kind === 'edit' ? mode.group.id : undefined}
            adultLocked={mode.kind === 'edit' && mode.group.adult === true}
          />
        </form>
      </WizardLayout>
      {leave.dialog}
      {merge.dialog}
    </FormProvider>
  );
}
