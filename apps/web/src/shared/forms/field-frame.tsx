import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface FieldFrameProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
  /** Marks the label "(optional)": NL Design System marks the exception, not the rule. */
  optional?: boolean;
  children: ReactNode;
}

/**
 * The NL Design System field pattern: label, description, error message, then the input, in
 * that reading order. The input itself points back with `aria-describedby` (see `describedBy`).
 */
export function FieldFrame({ id, label, description, error, optional, children }: FieldFrameProps) {
  const { t } = useTranslation('common');
  return (
    <FormField invalid={Boolean(error)} type="text">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>
          {label}
          {optional ? <span className="kl-field-optional"> {t('optional')}</span> : null}
        </FormLabel>
      </div>
      {description ? (
        <FormFieldDescription id={`${id}-description`} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      ) : null}
      {error ? (
        <FormFieldErrorMessage id={`${id}-error`} className="utrecht-form-field__error-message">
          {error}
        </FormFieldErrorMessage>
      ) : null}
      <div className="utrecht-form-field__input">{children}</div>
    </FormField>
  );
}
