import type { TFunction } from 'i18next';
import { isApiError } from '../../../api/api-error';
import { describeError, type ErrorDescription } from '../../../components/describe-error';

/** Kakao detail code → the form field it points at, e.g. `{32021: 'dailyBudgetAmount'}`. Each wizard has its own. */
export type DetailCodeFields<F extends string = string> = Readonly<Record<number, F>>;

export type ServerErrorTarget<F extends string = string> =
  | { kind: 'field'; field: F; message: string; lang?: 'ko' }
  | { kind: 'banner'; error: ErrorDescription };

/**
 * Where a refusal belongs: at the field its detail code names (with Kakao's own detailMsg),
 * otherwise in a banner above the form. Never clears what the user typed.
 */
export function serverErrorTarget<F extends string>(
  error: unknown,
  fields: DetailCodeFields<F>,
  t: TFunction,
): ServerErrorTarget<F> {
  const description = describeError(error, t);
  if (isApiError(error) && error.kind === 'kakao' && error.detailCode !== undefined) {
    const field = fields[error.detailCode];
    if (field) return { kind: 'field', field, message: description.message, lang: description.lang };
  }
  return { kind: 'banner', error: description };
}

export interface ServerErrorSink<F extends string> {
  /** react-hook-form's setError, or anything that shows a message at a field. */
  setFieldError: (field: F, message: string) => void;
  /** The step that holds a field, so the wizard can take the user there. */
  onField?: (field: F) => void;
}

/** Applies a refusal; returns the banner to show, or null when it went to a field. */
export function applyServerError<F extends string>(
  error: unknown,
  fields: DetailCodeFields<F>,
  t: TFunction,
  sink: ServerErrorSink<F>,
): ErrorDescription | null {
  const target = serverErrorTarget(error, fields, t);
  if (target.kind === 'banner') return target.error;
  sink.onField?.(target.field);
  sink.setFieldError(target.field, target.message);
  return null;
}
