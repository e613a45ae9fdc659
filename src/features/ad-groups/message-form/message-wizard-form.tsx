import { Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { FormProvider, useForm, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AdGroupDetail } from '../../../api/contracts/ad-group';
import { violationMessage } from '../../../i18n/rules';
import { usePopulationScore } from '../api/use-population-score';
import { DraftBanner } from '../wizard-kit/draft-banner';
import { WizardFooter } from '../wizard-kit/wizard-footer';
import { useDraft } from '../wizard-kit/use-draft';
import { useFreshMerge } from '../wizard-kit/use-fresh-merge';
import { useLeaveGuard } from '../wizard-kit/use-leave-guard';
import { useSubmitOnce } from '../wizard-kit/use-submit-once';
import { useWizardStep } from '../wizard-kit/use-wizard-step';
import { WizardLayout } from '../wizard-kit/wizard-layout';
import { messageFormResolver, type MessageFormContext } from './form-validation';
import { MESSAGE_STEP_FIELDS, MESSAGE_STEPS, parseMessageDraft, type MessageFormValues } from './form-values';
import { useMessageT } from './i18n';
import type { MessageWizardProps } from './message-wizard';
import { fromMessageAdGroup, toMessagePayload, toPopulationRequest } from './payload';
import { StepBasics } from './step-basics';
import { StepReview } from './step-review';
import { StepSchedule } from './step-schedule';
import { StepSending } from './step-sending';
import { StepTargeting } from './step-targeting';
import { useMessageSubmit } from './use-message-submit';

export interface MessageWizardFormProps extends MessageWizardProps {
  /** 'yyyy-MM-dd' in Asia/Seoul. */
  today: string;
  initial: MessageFormValues;
  /** The stored group, on edit: the PUT is merged onto it. */
  loaded: AdGroupDetail | null;
}

function populationInputOf(v: MessageFormValues) {
  return { deviceTypes: v.deviceTypes, targeting: v.targeting, smartMessage: v.smartMessage, longTerm: v.longTerm };
}

/** One useForm over the whole schema (architecture.md, convention 4); the step is in the URL. */
export function MessageWizardForm(props: MessageWizardFormProps) {
  const { adAccountId, campaign, mode, loaded } = props;
  const t = useMessageT();
  const { t: common } = useTranslation();
  const campaignType = campaign.campaignTypeGoal?.campaignType ?? 'TALK_CHANNEL';
  const goal = campaign.campaignTypeGoal?.goal ?? 'REACH';
  const facts = useMemo(() => ({ campaignType, goal }), [campaignType, goal]);
  const [populationInput, setPopulationInput] = useState(() => populationInputOf(props.initial));
  const populationRequest = useMemo(() => toPopulationRequest(populationInput, campaign), [populationInput, campaign]);
  const population = usePopulationScore(adAccountId, populationRequest);
  // A stale number is for another input: the count's bounds wait for the fresh one.
  const fresh = population.stale ? null : population.score;
  const existingBeginDate = loaded?.schedule?.beginDate;
  const { today } = props;
  // react-hook-form reads its options on every render, so the resolver may follow the estimate.
  const resolver = useMemo(() => {
    const context: MessageFormContext = { campaignId: campaign.id, campaign: facts, today, populationScore: fresh, existingBeginDate };
    return messageFormResolver(() => context, (v) => common(...violationMessage(v)));
  }, [campaign.id, facts, today, fresh, existingBeginDate, common]);
  const form = useForm<MessageFormValues>({ defaultValues: props.initial, resolver, mode: 'onTouched' });
  const wizard = useWizardStep(MESSAGE_STEPS);
  const draftMode = mode === 'create' || props.adGroupId === undefined ? 'create' : (`${mode}:${props.adGroupId}` as const);
  const draft = useDraft({ form, scope: { adAccountId, campaignId: campaign.id, mode: draftMode }, parse: parseMessageDraft });
  const leave = useLeaveGuard(form.formState.isDirty);
  const submitOnce = useSubmitOnce(adAccountId);
  const merge = useFreshMerge({ adAccountId, loaded, toValues: fromMessageAdGroup, form });

  useEffect(() => {
    // Only the inputs of the estimate re-render the wizard; typing a name does not.
    return form.subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        const next = populationInputOf(values);
        setPopulationInput((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
      },
    });
  }, [form]);

  const { send, serverError } = useMessageSubmit({
    adAccountId,
    campaignId: campaign.id,
    loaded,
    form,
    draft,
    merge,
    leave,
    submitOnce,
    goTo: wizard.goTo,
  });

  const waitForEstimate = (): boolean => {
    if (fresh !== null) return false;
    form.setError('contractCount', { type: 'estimate', message: t('sending.countWaiting') });
    return true;
  };
  const onInvalid = (errors: FieldErrors<MessageFormValues>) => {
    const first = MESSAGE_STEPS.find((s) => MESSAGE_STEP_FIELDS[s].some((f) => errors[f]));
    if (first) wizard.goTo(first);
  };
  const next = async () => {
    const fields = [...MESSAGE_STEP_FIELDS[wizard.step]];
    if (wizard.step === 'sending' && waitForEstimate()) return;
    if (await form.trigger(fields, { shouldFocus: true })) wizard.next();
  };
  const submit = form.handleSubmit(async (values) => {
    if (waitForEstimate()) return wizard.goTo('sending');
    await send(values);
  }, onInvalid);

  const values = form.getValues();
  const stepLabels = MESSAGE_STEPS.map((id) => ({ id, label: t(`steps.${id}`) }));
  return (
    <FormProvider {...form}>
      {/* Enter in a field moves on; only the last step sends. */}
      <form
        onSubmit={(e) => {
          if (wizard.isLast) return void submit(e);
          e.preventDefault();
          void next();
        }}
        noValidate
      >
        <WizardLayout
          title={t(`title.${mode}`)}
          subtitle={<Text c="gray.8">{t('campaign', { name: campaign.name ?? campaign.id })}</Text>}
          steps={stepLabels}
          current={wizard.step}
          onStepClick={wizard.goTo}
          onBack={wizard.back}
          onNext={() => void next()}
          onSubmit={() => void submit()}
          submitLabel={t(loaded ? 'submit.edit' : 'submit.create')}
          submitting={submitOnce.submitting}
          submitDisabled={submitOnce.secondsLeft > 0}
          banners={<DraftBanner draft={draft} />}
          serverError={serverError}
          footer={<WizardFooter submitOnce={submitOnce} draftStatus={draft.status} />}
        >
          {wizard.step === 'basics' && <StepBasics />}
          {wizard.step === 'targeting' && (
            <StepTargeting adAccountId={adAccountId} campaign={facts} population={population} />
          )}
          {wizard.step === 'sending' && <StepSending population={population} />}
          {wizard.step === 'schedule' && <StepSchedule />}
          {wizard.step === 'review' && <StepReview body={toMessagePayload(values, campaign.id)} />}
        </WizardLayout>
      </form>
      {leave.dialog}
      {merge.dialog}
    </FormProvider>
  );
}
