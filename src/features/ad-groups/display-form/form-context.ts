import { get, useFormContext, useFormState, type FieldPath } from 'react-hook-form';
import type { DisplayFormValues } from './form-values';

export const useDisplayForm = () => useFormContext<DisplayFormValues>();

/** The message at one field; subscribes this component to that field's errors only. */
export function useFieldError(name: FieldPath<DisplayFormValues>): string | undefined {
  const { control } = useDisplayForm();
  const { errors } = useFormState({ control, name, exact: true });
  const error: unknown = get(errors, name);
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') {
    return error.message;
  }
  return undefined;
}
