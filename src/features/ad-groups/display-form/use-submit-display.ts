import { useNavigate } from '@tanstack/react-router';
import i18next from 'i18next';
import type { UseFormReturn } from 'react-hook-form';
import { DisplayAdGroupCreateRequest, DisplayAdGroupEditRequest } from '../../../api/contracts/ad-group-requests';
import type { AdGroupDetail } from '../../../api/contracts/ad-group';
import type { ErrorDescription } from '../../../components/describe-error';
import { notify } from '../../../components/notify';
import { useCreateAdGroup } from '../api/use-create-ad-group';
import { useEditAdGroup } from '../api/use-edit-ad-group';
import { applyServerError } from '../wizard-kit/apply-server-error';
import type { DraftControls } from '../wizard-kit/use-draft';
import type { FreshMerge } from '../wizard-kit/use-fresh-merge';
import type { LeaveGuard } from '../wizard-kit/use-leave-guard';
import type { SubmitOnce } from '../wizard-kit/use-submit-once';
import type { DisplayCampaignFacts } from './campaign-facts';
import type { DisplayWizardMode } from './display-wizard';
import { stepOfPath } from './field-paths';
import { DISPLAY_DETAIL_CODE_FIELDS, type DisplayFormValues, type DisplayStep } from './form-values';
import { DISPLAY_FORM_NS } from './i18n';
import { toEditPayload, toPayload } from './payload';

interface Options {
  adAccountId: number;
  facts: DisplayCampaignFacts;
  mode: DisplayWizardMode;
  form: UseFormReturn<DisplayFormValues>;
  draft: DraftControls<DisplayFormValues>;
  merge: FreshMerge<DisplayFormValues>;
  leave: LeaveGuard;
  submitOnce: SubmitOnce;
  setServerError: (error: ErrorDescription | null) => void;
  goTo: (step: DisplayStep) => void;
}

function contractIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
}

/**
 * Submit: the form schema (the shared rules) first, then the contract parse of the exact
 * body (on edit, merged with a fresh read of the group), then one paced request. A refusal lands at its field (by detail code) or in a
 * banner; what the user typed stays. Success: draft gone, detail page, notification.
 */
export function useSubmitDisplay(o: Options): () => Promise<void> {
  const navigate = useNavigate();
  const create = useCreateAdGroup(o.adAccountId);
  const edit = useEditAdGroup(o.adAccountId);
  const t = i18next.getFixedT(null, DISPLAY_FORM_NS);

  const send = async (values: DisplayFormValues): Promise<AdGroupDetail | undefined> => {
    if (o.mode.kind === 'edit') {
      // A full PUT: merge in what changed elsewhere since the form was loaded.
      const fresh = await o.merge.prepare(values);
      if (!fresh) return undefined;
      const parsed = DisplayAdGroupEditRequest.safeParse(toEditPayload(fresh.values, o.facts, fresh.group.id));
      if (!parsed.success) throw new ContractError(contractIssues(parsed.error.issues));
      return o.submitOnce.run(() => edit.mutateAsync(parsed.data));
    }
    const parsed = DisplayAdGroupCreateRequest.safeParse(toPayload(values, o.facts));
    if (!parsed.success) throw new ContractError(contractIssues(parsed.error.issues));
    return o.submitOnce.run(() => create.mutateAsync(parsed.data));
  };

  const onValid = async (values: DisplayFormValues) => {
    o.setServerError(null);
    try {
      const group = await send(values);
      if (!group) return;
      o.draft.clear();
      o.leave.allowNextNavigation();
      notify({ color: 'teal', message: t(o.mode.kind === 'edit' ? 'done.edited' : 'done.created', { name: group.name }) });
      await navigate({
        to: '/accounts/$adAccountId/campaigns/$campaignId/ad-groups/$adGroupId',
        params: { adAccountId: o.adAccountId, campaignId: o.facts.id, adGroupId: group.id },
      });
    } catch (error) {
      if (error instanceof ContractError) {
        o.setServerError({ message: t('contractError', { issues: error.message }) });
        return;
      }
      const banner = applyServerError(error, DISPLAY_DETAIL_CODE_FIELDS, i18next.t, {
        setFieldError: (field, message) => o.form.setError(field, { type: 'server', message }),
        onField: (field) => o.goTo(stepOfPath(field)),
      });
      o.setServerError(banner);
    }
  };

  return o.form.handleSubmit(onValid, (errors) => {
    const first = Object.keys(errors)[0];
    if (first) o.goTo(stepOfPath(first));
  });
}

class ContractError extends Error {}
