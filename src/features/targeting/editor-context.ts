import type { TargetingRequest } from '../../api/contracts/targeting';

/** What the editors need to know about the ad group being edited. */
export interface TargetingEditorContext {
  campaignType: string;
  goal: string;
  kind: 'display' | 'message';
  /** The ad group's top-level `adult` flag. */
  adult: boolean;
  /** True once an ad group with adult targeting is saved: it cannot be turned off again. */
  adultLocked: boolean;
  smartMessage?: boolean;
}

/** Field path ('targeting.ages') → message already translated by the caller. */
export type FieldErrors = Partial<Record<string, string>>;

/** Controlled over the wire shape: the editors never hold a second copy of the value. */
export interface TargetingPartProps {
  value: TargetingRequest;
  onChange: (next: TargetingRequest) => void;
  context: TargetingEditorContext;
  adAccountId: number;
  errors?: FieldErrors;
}

/** The first error under any of these paths (exact match or a child path). */
export function errorFor(errors: FieldErrors | undefined, ...paths: string[]): string | undefined {
  if (!errors) return undefined;
  for (const path of paths) {
    if (errors[path]) return errors[path];
    const child = Object.keys(errors).find((key) => key.startsWith(`${path}.`) && errors[key]);
    if (child) return errors[child];
  }
  return undefined;
}
