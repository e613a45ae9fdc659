import { z } from 'zod';
import { SEND_RATES } from '../../../api/contracts/enums';
import { TargetingRequest } from '../../../api/contracts/targeting';
import { MESSAGE_DEVICE_TYPES } from '../../../api/rules/message';

/**
 * The Message wizard's values (architecture.md, convention 3): what the user chooses.
 * The fixed fields (placements, CPMS, MANUAL, NONE…) and the derived ones (price,
 * bidAmount, allAvailableDeviceType) are not here: toPayload sets them, so they can
 * never be typed wrong. Times are 'HH:mm' as a time input gives them; the count is
 * digits as typed.
 */
export const messageFormShape = z.object({
  name: z.string(),
  deviceTypes: z.array(z.enum(MESSAGE_DEVICE_TYPES)),
  /** Held in the wire shape: the targeting editor is controlled over `TargetingRequest`. */
  targeting: z.custom<TargetingRequest>((value) => TargetingRequest.safeParse(value).success),
  smartMessage: z.boolean(),
  contractCount: z.string(),
  sendRate: z.literal(SEND_RATES),
  /** true means DON'T send a push notification (reference, MessageSendingInfo.pushAlarm). */
  pushAlarm: z.boolean(),
  ageVerification: z.boolean(),
  longTerm: z.boolean(),
  beginDate: z.string(),
  beginTime: z.string(),
  endDate: z.string(),
  endTime: z.string(),
});

export type MessageFormValues = z.infer<typeof messageFormShape>;
export type MessageFormField = keyof MessageFormValues;

/** A stored draft is used only if it still fits the form. */
export function parseMessageDraft(raw: unknown): MessageFormValues | null {
  const parsed = messageFormShape.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export const MESSAGE_STEPS = ['basics', 'targeting', 'sending', 'schedule', 'review'] as const;
export type MessageStep = (typeof MESSAGE_STEPS)[number];

/** What each step checks on Next (convention 4). */
export const MESSAGE_STEP_FIELDS: Readonly<Record<MessageStep, readonly MessageFormField[]>> = {
  basics: ['name', 'deviceTypes'],
  targeting: ['targeting', 'smartMessage'],
  sending: ['contractCount', 'sendRate', 'pushAlarm', 'ageVerification'],
  schedule: ['longTerm', 'beginDate', 'beginTime', 'endDate', 'endTime'],
  review: [],
};

export function stepOfField(field: string): MessageStep {
  const root = field.split('.')[0];
  const step = MESSAGE_STEPS.find((s) => MESSAGE_STEP_FIELDS[s].some((f) => f === root));
  return step ?? 'review';
}

/** Kakao's documented detail codes that point at a form field (rules/violation.ts). */
export const MESSAGE_DETAIL_CODE_FIELDS: Readonly<Record<number, string>> = {
  22086: 'targeting',
  22087: 'targeting',
};
