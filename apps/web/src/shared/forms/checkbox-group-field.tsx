import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { describedBy } from './field-ids';

export interface CheckboxGroupOption {
  value: string;
  label: string;
}

export interface CheckboxGroupFieldProps {
  id: string;
  legend: ReactNode;
  options: readonly CheckboxGroupOption[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  description?: ReactNode;
  error?: string;
}

/** A multi-select as a fieldset of checkboxes: every option is visible and reachable by Tab. */
export function CheckboxGroupField({
  id,
  legend,
  options,
  value,
  onChange,
  description,
  error,
}: CheckboxGroupFieldProps) {
  const toggle = (option: string, checked: boolean) =>
    onChange(checked ? [...value, option] : value.filter((v) => v !== option));
  return (
    <Fieldset
      id={id}
      invalid={Boolean(error)}
      aria-describedby={describedBy(id, { description, error })}
    >
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description ? (
        <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>
      ) : null}
      {error ? <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage> : null}
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        const checked = value.includes(option.value);
        return (
          <FormField key={option.value} type="checkbox">
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor={optionId} type="checkbox" checked={checked}>
                {option.label}
              </FormLabel>
            </div>
            <div className="utrecht-form-field__input">
              <Checkbox
                id={optionId}
                checked={checked}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
            </div>
          </FormField>
        );
      })}
    </Fieldset>
  );
}
