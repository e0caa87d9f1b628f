import {
  Checkbox,
  FormField,
  FormFieldDescription,
  FormLabel,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { describedBy } from './field-ids';

export interface CheckboxFieldProps {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  description?: ReactNode;
}

export function CheckboxField({ id, label, checked, onChange, description }: CheckboxFieldProps) {
  return (
    <FormField type="checkbox">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id} type="checkbox" checked={checked}>
          {label}
        </FormLabel>
      </div>
      {description ? (
        <FormFieldDescription id={`${id}-description`} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      ) : null}
      <div className="utrecht-form-field__input">
        <Checkbox
          id={id}
          name={id}
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={describedBy(id, { description })}
        />
      </div>
    </FormField>
  );
}
