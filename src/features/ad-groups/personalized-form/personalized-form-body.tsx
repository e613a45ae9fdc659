import { Alert, Stack, Text, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useForm, useWatch, type FieldErrors, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AdGroupDetail } from '../../../api/contracts/ad-group';
import {
  PersonalizedAdGroupCreateRequest,
  PersonalizedAdGroupEditRequest,
} from '../../../api/contracts/ad-group-requests';
import type { Campaign } from '../../../api/contracts/campaign';
import { checkName } from '../../../api/rules/name';
import type { ErrorDescription } from '../../../components/describe-error';
import { notify } from '../../../components/notify';
import { violationMessage } from '../../../i18n/rules';
import { useCreateAdGroup } from '../api/use-create-ad-group';
import { useEditAdGroup } from '../api/use-edit-ad-group';
import { applyServerError } from '../wizard-kit/apply-server-error';
import { DraftBanner } from '../wizard-kit/draft-banner';
import { WizardFooter } from '../wizard-kit/wizard-footer';
import { RequestPreview } from '../wizard-kit/request-preview';
import { useDraft } from '../wizard-kit/use-draft';
import { useFreshMerge } from '../wizard-kit/use-fresh-merge';
import { useLeaveGuard } from '../wizard-kit/use-leave-guard';
import { useSubmitOnce } from '../wizard-kit/use-submit-once';
import { WizardLayout } from '../wizard-kit/wizard-layout';
import { usePersonalizedT } from './i18n';
import {
  fromPersonalizedAdGroup,
  parsePersonalizedDraft,
  toPersonalizedEditPayload,
  toPersonalizedPayload,
  type PersonalizedFormValues,
} from './payload';

export interface PersonalizedFormBodyProps {
  adAccountId: number;
  campaign: Campaign;
  mode: 'create' | 'edit' | 'duplicate';
  initial: PersonalizedFormValues;
  /** On edit: the stored group (only its name changes). */
  loaded: AdGroupDetail | null;
}

export function PersonalizedFormBody({ adAccountId, campaign, mode, initial, loaded }: PersonalizedFormBodyProps) {
  const t = usePersonalizedT();
  const { t: common } = useTranslation();
  const navigate = useNavigate();
  const resolver = useMemo(
    (): Resolver<PersonalizedFormValues> => (values) => {
      const tooLong = checkName(values.name)[0];
      const message = !values.name.trim() ? t('nameRequired') : tooLong ? common(...violationMessage(tooLong)) : null;
      if (!message) return { values, errors: {} };
      const errors: FieldErrors<PersonalizedFormValues> = { name: { type: 'rule', message } };
      return { values: {}, errors };
    },
    [t, common],
  );
  const form = useForm<PersonalizedFormValues>({ defaultValues: initial, resolver, mode: 'onTouched' });
  const draftMode = loaded ? (`edit:${loaded.id}` as const) : 'create';
  const draft = useDraft({ form, scope: { adAccountId, campaignId: campaign.id, mode: draftMode }, parse: parsePersonalizedDraft });
  const leave = useLeaveGuard(form.formState.isDirty);
  const submitOnce = useSubmitOnce(adAccountId);
  const merge = useFreshMerge({ adAccountId, loaded, toValues: fromPersonalizedAdGroup, form });
  const create = useCreateAdGroup(adAccountId);
  const edit = useEditAdGroup(adAccountId);
  const [serverError, setServerError] = useState<ErrorDescription | null>(null);
  const name = useWatch({ control: form.control, name: 'name' });

  const body = loaded
    ? toPersonalizedEditPayload({ name }, loaded)
    : toPersonalizedPayload({ name }, campaign.id);

  const submit = form.handleSubmit(async (values) => {
    setServerError(null);
    try {
      let editBody: PersonalizedAdGroupEditRequest | null = null;
      if (loaded) {
        // A full PUT: a name changed in another tab is not restored silently.
        const fresh = await merge.prepare(values);
        if (!fresh) return;
        editBody = PersonalizedAdGroupEditRequest.parse(toPersonalizedEditPayload(fresh.values, fresh.group));
      }
      const group = await submitOnce.run(() =>
        editBody
          ? edit.mutateAsync(editBody)
          : create.mutateAsync(PersonalizedAdGroupCreateRequest.parse(toPersonalizedPayload(values, campaign.id))),
      );
      if (!group) return;
      draft.clear();
      leave.allowNextNavigation();
      notify({ color: 'green', message: t(loaded ? 'saved.edit' : 'saved.create', { name: group.name }) });
      await navigate({
        to: '/accounts/$adAccountId/campaigns/$campaignId/ad-groups/$adGroupId',
        params: { adAccountId, campaignId: group.campaign.id, adGroupId: group.id },
      });
    } catch (error) {
      setServerError(
        applyServerError(error, {}, common, {
          setFieldError: () => undefined,
        }),
      );
    }
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <WizardLayout
        title={t(`title.${loaded ? 'edit' : mode}`)}
        steps={[{ id: 'details', label: t('step') }]}
        current="details"
        onStepClick={() => undefined}
        onBack={() => undefined}
        onNext={() => undefined}
        onSubmit={() => void submit()}
        submitLabel={t(loaded ? 'submit.edit' : 'submit.create')}
        submitting={submitOnce.submitting}
        submitDisabled={submitOnce.secondsLeft > 0}
        banners={<DraftBanner draft={draft} />}
        serverError={serverError}
        footer={<WizardFooter submitOnce={submitOnce} draftStatus={draft.status} />}
      >
        <Stack maw={640}>
          <div>
            <Text size="sm" c="gray.8">
              {t('campaign')}
            </Text>
            <Text fw={600}>{campaign.name ?? campaign.id}</Text>
          </div>
          <TextInput
            {...form.register('name')}
            label={t('name')}
            description={t('nameHint', { count: [...(name ?? '')].length })}
            error={form.formState.errors.name?.message}
          />
          {loaded ? (
            <Text size="sm" c="gray.8">
              {t('editOnlyName')}
            </Text>
          ) : (
            <>
              <Text size="sm" c="gray.8">
                {t('pricing')}
              </Text>
              <Alert color="blue" variant="light" title={t('privacyTitle')}>
                <Text size="sm">{t('privacyBody')}</Text>
              </Alert>
            </>
          )}
          <RequestPreview body={body} />
        </Stack>
      </WizardLayout>
      {leave.dialog}
      {merge.dialog}
    </form>
  );
}
