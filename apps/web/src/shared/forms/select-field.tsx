import { Select, SelectOption } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { describedBy } from './field-ids';
import { FieldFrame } from './field-frame';

export interface SelectFieldOption<V extends string> {
  value: V;
  label: string;
}

export interface SelectFieldProps<V extends string> {
  id: string;
  label: ReactNode;
  value: V | '';
  options: readonly SelectFieldOption<V>[];
  onChange: (value: V) => void;
  /** Shown as an empty first option when nothing is chosen yet. */
  placeholder?: string;
  description?: ReactNode;
  error?: string;
  disabled?: boolean;
}

export function SelectField<V extends string>({
  id,
  label,
  value,
  options,
  onChange,
  placeholder,
  description,
  error,
  disabled,
}: SelectFieldProps<V>) {
  const byValue = new Map(options.map((option) => [option.value as string, option.value]));
  return (
    <FieldFrame id={id} label={label} description={description} error={error}>
      <Select
        id={id}
        name={id}
        value={value}
        disabled={disabled}
        onChange={(event) => {
          const chosen = byValue.get(event.target.value);
          if (chosen !== undefined) onChange(chosen);
        }}
        invalid={Boolean(error)}
        aria-describedby={describedBy(id, { description, error })}
      >
        {placeholder !== undefined ? <SelectOption value="">{placeholder}</SelectOption> : null}
        {options.map((option) => (
          <SelectOption key={option.value} value={option.value}>
            {option.label}
          </SelectOption>
        ))}
      </Select>
    </FieldFrame>
  );
}
