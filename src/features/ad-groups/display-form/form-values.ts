import type { FieldPath } from 'react-hook-form';
import { z } from 'zod';
import { DisplayAdGroupCreateRequest } from '../../../api/contracts/ad-group-requests';
import { DeviceType, Pacing, Placement } from '../../../api/contracts/enums';
import { TargetingRequest } from '../../../api/contracts/targeting';
import { scheduleGridSchema } from '../../schedule/grid-schema';

/**
 * The Display wizard's values (architecture.md, convention 3): the contract's fields
 * where the shapes agree, and form-only shapes where they do not: money as typed text,
 * the 7×24 grid instead of `mondayTime[]`…, "no end date" as a flag, and automatic
 * bidding's target as two plain fields. toPayload / fromAdGroup convert.
 */
const req = DisplayAdGroupCreateRequest.shape;

export const displayFormShape = z.object({
  name: z.string(),
  allAvailablePlacement: z.boolean(),
  placements: z.array(Placement),
  adServingCategories: z.array(z.string()),
  sectionCategories: z.array(z.string()),
  allAvailableDeviceType: z.boolean(),
  deviceTypes: z.array(DeviceType),
  /** Held in the wire shape: the targeting editor is controlled over `TargetingRequest`. */
  targeting: z.custom<TargetingRequest>((value) => TargetingRequest.safeParse(value).success),
  adult: z.boolean(),
  beginDate: z.string(),
  noEndDate: z.boolean(),
  endDate: z.string(),
  lateNight: z.boolean(),
  grid: scheduleGridSchema,
  /** Digits as typed; toPayload parses them. */
  dailyBudgetAmount: z.string(),
  bidStrategy: req.bidStrategy,
  pricingType: z.string(),
  bidAmount: z.string(),
  /** '' = no target (the strategy's default). Names: src/api/rules/autobid.ts. */
  autobidType: z.string(),
  autobidValue: z.string(),
  pacing: Pacing,
});

export type DisplayFormValues = z.infer<typeof displayFormShape>;

/** A stored draft is used only if it still fits the form. */
export function parseDisplayDraft(raw: unknown): DisplayFormValues | null {
  const parsed = displayFormShape.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export const DISPLAY_STEPS = ['basics', 'placements', 'targeting', 'schedule', 'budget', 'review'] as const;
export type DisplayStep = (typeof DISPLAY_STEPS)[number];

/** What each step checks on Next (convention 4). */
export const STEP_FIELDS: Readonly<Record<DisplayStep, ReadonlyArray<keyof DisplayFormValues>>> = {
  basics: ['name'],
  placements: ['allAvailablePlacement', 'placements', 'adServingCategories', 'sectionCategories', 'allAvailableDeviceType', 'deviceTypes'],
  targeting: ['targeting', 'adult'],
  schedule: ['beginDate', 'endDate', 'lateNight', 'grid'],
  budget: ['dailyBudgetAmount', 'bidStrategy', 'pricingType', 'bidAmount', 'autobidType', 'autobidValue', 'pacing'],
  review: [],
};

/** Kakao's detail codes that point at a field (related-endpoints.md, Errors; rules/violation.ts). */
export const DISPLAY_DETAIL_CODE_FIELDS: Readonly<Record<number, FieldPath<DisplayFormValues>>> = {
  32021: 'dailyBudgetAmount',
  32016: 'pacing',
  22086: 'targeting.locations',
  22087: 'targeting.locations',
};
