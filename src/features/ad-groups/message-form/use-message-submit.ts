import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AdGroupDetail } from '../../../api/contracts/ad-group';
import { MessageAdGroupCreateRequest, MessageAdGroupEditRequest } from '../../../api/contracts/ad-group-requests';
import type { ErrorDescription } from '../../../components/describe-error';
import { notify } from '../../../components/notify';
import { useCreateAdGroup } from '../api/use-create-ad-group';
import { useEditAdGroup } from '../api/use-edit-ad-group';
import { applyServerError } from '../wizard-kit/apply-server-error';
import type { DraftControls } from '../wizard-kit/use-draft';
import type { FreshMerge } from '../wizard-kit/use-fresh-merge';
import type { LeaveGuard } from '../wizard-kit/use-leave-guard';
import type { SubmitOnce } from '../wizard-kit/use-submit-once';
import { MESSAGE_DETAIL_CODE_FIELDS, stepOfField, type MessageFormField, type MessageFormValues, type MessageStep } from './form-values';
import { useMessageT } from './i18n';
import { toMessageEditPayload, toMessagePayload } from './payload';

export interface MessageSubmitDeps {
  adAccountId: number;
  campaignId: number;
  loaded: AdGroupDetail | null;
  form: UseFormReturn<MessageFormValues>;
  draft: DraftControls<MessageFormValues>;
  merge: FreshMerge<MessageFormValues>;
  leave: LeaveGuard;
  submitOnce: SubmitOnce;
  goTo: (step: MessageStep) => void;
}

/**
 * Sends the parsed body (create, or edit merged with a fresh read of the group), once. On success
 * the draft goes and the detail page opens; a refusal lands at its field (and step) or in
 * the banner, with what was typed left alone.
 */
export function useMessageSubmit(deps: MessageSubmitDeps) {
  const t = useMessageT();
  const { t: common } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateAdGroup(deps.adAccountId);
  const edit = useEditAdGroup(deps.adAccountId);
  const [serverError, setServerError] = useState<ErrorDescription | null>(null);

  async function send(values: MessageFormValues): Promise<void> {
    const { loaded, form } = deps;
    setServerError(null);
    try {
      let editBody: MessageAdGroupEditRequest | null = null;
      if (loaded) {
        // A full PUT: merge in what changed elsewhere since the form was loaded, onto the fresh read.
        const fresh = await deps.merge.prepare(values);
        if (!fresh) return;
        editBody = MessageAdGroupEditRequest.parse(toMessageEditPayload(fresh.values, fresh.group));
      }
      const group = await deps.submitOnce.run(() =>
        editBody
          ? edit.mutateAsync(editBody)
          : create.mutateAsync(MessageAdGroupCreateRequest.parse(toMessagePayload(values, deps.campaignId))),
      );
      if (!group) return;
      deps.draft.clear();
      deps.leave.allowNextNavigation();
      notify({ color: 'green', message: t(loaded ? 'saved.edit' : 'saved.create', { name: group.name }) });
      await navigate({
        to: '/accounts/$adAccountId/campaigns/$campaignId/ad-groups/$adGroupId',
        params: { adAccountId: deps.adAccountId, campaignId: group.campaign.id, adGroupId: group.id },
      });
    } catch (error) {
      const banner = applyServerError(error, MESSAGE_DETAIL_CODE_FIELDS, common, {
        setFieldError: (field, message) =>
          form.setError(field as MessageFormField, { type: 'server', message }, { shouldFocus: false }),
        onField: (field) => deps.goTo(stepOfField(field)),
      });
      setServerError(banner);
    }
  }

  return { send, serverError };
}
