import type { TFunction } from 'i18next';
import { isApiError } from '../../../api/api-error';
import { describeError, type ErrorDescription } from '../../../components/describe-error';

/** Kakao detail code → the form field it points at, e.g. `{32021: 'dailyBudgetAmount'}`. Each wizard has its own. */
export type DetailCodeFields = Readonly<Record<number, string>>;

export type ServerErrorTarget =
  | { kind: 'field'; field: string; message: string; lang?: 'ko' }
  | { kind: 'banner'; error: ErrorDescription };

/**
 * Where a refusal belongs: at the field its detail code names (with Kakao's own detailMsg),
 * otherwise in a banner above the form. Never clears what the user typed.
 */
export function serverErrorTarget(error: unknown, fields: DetailCodeFields, t: TFunction): ServerErrorTarget {
  const description = describeError(error, t);
  if (isApiError(error) && error.kind === 'kakao' && error.detailCode !== undefined) {
    const field = fields[error.detailCode];
    if (field) return { kind: 'field', field, message: description.message, lang: description.lang };
  }
  return { kind: 'banner', error: description };
}

export interface ServerErrorSink {
  /** react-hook-form's setError, or anything that shows a message at a field. */
  setFieldError: (field: string, message: string) => void;
  /** The step that holds a field, so the wizard can take the user there. */
  onField?: (field: string) => void;
}

/** Applies a refusal; returns the banner to show, or null when it went to a field. */
export function applyServerError(
  error: unknown,
  fields: DetailCodeFields,
  t: TFunction,
  sink: ServerErrorSink,
): ErrorDescription | null {
  const target = serverErrorTarget(error, fields, t);
  if (target.kind === 'banner') return target.error;
  sink.onField?.(target.field);
  sink.setFieldError(target.field, target.message);
  return null;
}
