import { NativeSelect } from '@mantine/core';

export interface ContextSelectOption {
  value: number;
  label: string;
}

export interface ContextSelectProps {
  label: string;
  /** Shown while nothing is chosen, and as the reason when the list is empty or failed. */
  placeholder: string;
  options: readonly ContextSelectOption[];
  value: number | null;
  onChange: (id: number) => void;
  error: boolean;
  width: number;
}

/**
 * The header's account and campaign choice, as the browser's own <select>: it is
 * keyboard- and screen-reader-usable everywhere, type-ahead finds a name, phones show
 * their native list, and it costs the first screen no Combobox, Popover or floating-ui
 * code (issue 9, docs/decisions/0006).
 */
export function ContextSelect({ label, placeholder, options, value, onChange, error, width }: ContextSelectProps) {
  const chosen = value !== null && options.some((o) => o.value === value);
  return (
    <NativeSelect
      label={label}
      value={chosen ? String(value) : ''}
      onChange={(event) => {
        const next = Number(event.currentTarget.value);
        if (next > 0) onChange(next);
      }}
      disabled={options.length === 0}
      error={error}
      size="sm"
      w={width}
    >
      {/* A <select> shows its chosen option: this one stands for "nothing yet" and cannot be picked back. */}
      {!chosen && (
        <option value="" disabled>
          {placeholder}
        </option>
      )}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </NativeSelect>
  );
}
