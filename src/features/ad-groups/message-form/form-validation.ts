import type { FieldError, FieldErrors, Resolver } from 'react-hook-form';
import { validateMessageAdGroup } from '../../../api/rules/validate-message';
import type { Violation } from '../../../api/rules/violation';
import type { MessageFormField, MessageFormValues } from './form-values';
import { toMessagePayload } from './payload';

export interface MessageFormContext {
  campaignId: number;
  campaign: { campaignType: string; goal: string };
  /** 'yyyy-MM-dd' in Asia/Seoul. */
  today: string;
  /** The latest estimate; null while none has arrived (the count cannot be checked yet). */
  populationScore: number | null;
  existingBeginDate?: string | null;
}

/** A body path from the rules → the form field that shows it. */
export function formFieldOf(bodyField: string): MessageFormField | null {
  if (bodyField === 'name' || bodyField === 'deviceTypes' || bodyField === 'smartMessage') return bodyField;
  if (bodyField.startsWith('targeting')) return 'targeting';
  const info = /^messageSendingInfo\.(contractCount|sendRate|pushAlarm|ageVerification|longTerm)$/.exec(bodyField);
  if (info) return info[1] as MessageFormField;
  const sched = /^schedule\.(beginDate|beginTime|endDate|endTime)$/.exec(bodyField);
  if (sched) return sched[1] as MessageFormField;
  return null;
}

const COUNT_BOUND_RULES = new Set(['message.contractCountMin', 'message.contractCountMax', 'message.populationTooSmall']);

/**
 * The same rules the sandbox (and Kakao) apply, run on the body the form would send.
 * Fixed and derived fields can't break (toPayload sets them), so what is left points at
 * something the user chose. Without an estimate the count's bounds are unknown: only
 * "required" is reported then, and the wizard waits for the estimate.
 */
export function messageFormViolations(values: MessageFormValues, ctx: MessageFormContext): Violation[] {
  const body = toMessagePayload(values, ctx.campaignId);
  const all = validateMessageAdGroup(body, {
    campaign: ctx.campaign,
    today: ctx.today,
    populationScore: ctx.populationScore ?? 0,
    existing: { beginDate: ctx.existingBeginDate },
  });
  return ctx.populationScore === null ? all.filter((v) => !COUNT_BOUND_RULES.has(v.rule)) : all;
}

export type TranslateViolation = (v: Violation) => string;

/**
 * react-hook-form's resolver over the whole form. Targeting's violations go under one
 * `targeting` error whose `types` keep each body path ('targeting.ages' → message), so
 * the targeting editor can show each at its own control.
 */
export function messageFormResolver(
  getContext: () => MessageFormContext,
  translate: TranslateViolation,
): Resolver<MessageFormValues> {
  return (values) => {
    const errors: Partial<Record<MessageFormField, FieldError>> = {};
    const targetingTypes: Record<string, string> = {};
    for (const v of messageFormViolations(values, getContext())) {
      const field = formFieldOf(v.field);
      if (!field) continue;
      const message = translate(v);
      if (field === 'targeting') targetingTypes[v.field] = message;
      if (!errors[field]) errors[field] = { type: v.rule, message };
    }
    if (errors.targeting) errors.targeting = { ...errors.targeting, types: targetingTypes };
    const valid = Object.keys(errors).length === 0;
    // The form's fields are flat except `targeting`, whose one error is a FieldError too.
    return valid ? { values, errors: {} } : { values: {}, errors: errors as FieldErrors<MessageFormValues> };
  };
}
