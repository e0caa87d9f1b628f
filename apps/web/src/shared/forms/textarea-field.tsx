import { Textarea } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { describedBy } from './field-ids';
import { FieldFrame } from './field-frame';

export interface TextareaFieldProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  description?: ReactNode;
  error?: string;
  optional?: boolean;
  maxLength?: number;
  rows?: number;
}

export function TextareaField({
  id,
  label,
  value,
  onChange,
  description,
  error,
  optional,
  maxLength,
  rows = 4,
}: TextareaFieldProps) {
  return (
    <FieldFrame id={id} label={label} description={description} error={error} optional={optional}>
      <Textarea
        id={id}
        name={id}
        rows={rows}
        maxLength={maxLength}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        required={!optional}
        invalid={Boolean(error)}
        aria-describedby={describedBy(id, { description, error })}
      />
    </FieldFrame>
  );
}
