import { validateDisplayAdGroup, type DisplayValidationContext } from '../../../api/rules/validate-display';
import { violation, type Violation } from '../../../api/rules/violation';
import type { DisplayCampaignFacts } from './campaign-facts';
import { formPathOf } from './field-paths';
import { displayFormShape, type DisplayFormValues } from './form-values';
import { toPayload } from './payload';

export interface DisplayRuleContext {
  campaign: DisplayCampaignFacts;
  /** 'yyyy-MM-dd' in Asia/Seoul. */
  today: string;
  existing?: DisplayValidationContext['existing'];
}

/** The rules the sandbox (and Kakao) apply, run on what the form would send, plus the form's own. */
export function displayViolations(values: DisplayFormValues, ctx: DisplayRuleContext): Violation[] {
  const out = validateDisplayAdGroup(toPayload(values, ctx.campaign), {
    campaign: ctx.campaign,
    today: ctx.today,
    existing: ctx.existing,
  });
  // "End date" chosen but left empty: toPayload would send '' and the contract refuse it.
  if (!values.noEndDate && !values.endDate) out.push(violation('schedule.endDate', 'required'));
  return out;
}

export interface FormIssue {
  path: string;
  violation: Violation;
}

/** Each violation at the form field that shows it (the campaign's own problems at the name). */
export function formIssues(values: DisplayFormValues, ctx: DisplayRuleContext): FormIssue[] {
  return displayViolations(values, ctx).map((v) => ({ path: formPathOf(v.field) ?? 'name', violation: v }));
}

/**
 * The wizard's zod schema: the form's shape, then the shared rules in superRefine, each
 * message translated by `message` (violationMessage through i18next in the app).
 */
export function makeDisplayFormSchema(ctx: DisplayRuleContext, message: (v: Violation) => string) {
  return displayFormShape.superRefine((values, zctx) => {
    const seen = new Set<string>();
    for (const { path, violation: v } of formIssues(values, ctx)) {
      // One message per field: the first broken rule is the one to fix first.
      if (seen.has(path)) continue;
      seen.add(path);
      zctx.addIssue({ code: 'custom', path: path.split('.'), message: message(v) });
    }
  });
}
