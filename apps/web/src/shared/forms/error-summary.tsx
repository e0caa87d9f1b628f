import {
  Alert,
  Heading2,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { focusField } from './focus-field';
import type { FormProblems } from './use-form-problems';

export interface ErrorSummaryProps<F extends string> {
  problems: FormProblems<F>;
  /** Field ids by field name, for the links that jump to each field. */
  ids: Record<F, string>;
  /** Order of the fields in the form, so the summary reads in the same order. */
  order: readonly F[];
}

/**
 * What is wrong, above the form: announced as an alert and focused after each failed submit,
 * with a link to every field that needs attention (the GOV.UK / NL Design System pattern).
 */
export function ErrorSummary<F extends string>({ problems, ids, order }: ErrorSummaryProps<F>) {
  const { t } = useTranslation('common');
  const ref = useRef<HTMLDivElement>(null);
  const fieldItems = order.flatMap((field) =>
    problems.fields[field] ? [{ field, text: problems.fields[field] }] : [],
  );
  const visible = fieldItems.length > 0 || problems.general.length > 0;

  useEffect(() => {
    if (problems.attempt > 0) ref.current?.focus();
  }, [problems.attempt]);

  if (!visible) return null;
  return (
    <Alert type="error" role="alert" ref={ref} tabIndex={-1} className="kl-error-summary">
      <Heading2 className="kl-error-summary__title">{t('errorSummary.title')}</Heading2>
      <UnorderedList>
        {problems.general.map((text) => (
          <UnorderedListItem key={text}>{text}</UnorderedListItem>
        ))}
        {fieldItems.map(({ field, text }) => (
          <UnorderedListItem key={field}>
            <a
              className="utrecht-link utrecht-link--html-a"
              href={`#${ids[field]}`}
              onClick={(event) => {
                event.preventDefault();
                focusField(ids[field]);
              }}
            >
              {text}
            </a>
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </Alert>
  );
}
