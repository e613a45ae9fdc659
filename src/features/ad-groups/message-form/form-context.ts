import { useFormContext, useFormState } from 'react-hook-form';
import type { MessageFormField, MessageFormValues } from './form-values';

export function useMessageForm() {
  return useFormContext<MessageFormValues>();
}

/** The field's message, re-rendering only when that field's error changes. */
export function useFieldError(name: MessageFormField): string | undefined {
  const { errors } = useFormState<MessageFormValues>({ name });
  return errors[name]?.message;
}
