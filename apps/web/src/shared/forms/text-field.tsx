import { Textbox } from '@utrecht/component-library-react';
import type { ReactNode, Ref } from 'react';
import { describedBy } from './field-ids';
import { FieldFrame } from './field-frame';

export interface TextFieldProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  description?: ReactNode;
  error?: string;
  optional?: boolean;
  type?: 'text' | 'email' | 'password' | 'search' | 'url' | 'date';
  autoComplete?: string;
  maxLength?: number;
  readOnly?: boolean;
  spellCheck?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

export function TextField({
  id,
  label,
  value,
  onChange,
  description,
  error,
  optional,
  type = 'text',
  inputRef,
  ...input
}: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} description={description} error={error} optional={optional}>
      <Textbox
        {...input}
        ref={inputRef}
        id={id}
        name={id}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        required={!optional && !input.readOnly}
        invalid={Boolean(error)}
        aria-describedby={describedBy(id, { description, error })}
      />
    </FieldFrame>
  );
}
