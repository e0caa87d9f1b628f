import { useTranslation } from 'react-i18next';
import { nl } from '../locales/nl';
import type { Problem, ProblemCode } from './problems';

type FieldMessages = typeof nl.fieldErrors;
type FieldMessageKey = {
  [C in keyof FieldMessages]: `${C}.${keyof FieldMessages[C] & string}`;
}[keyof FieldMessages];

function fieldMessageKey(problem: Problem): FieldMessageKey | null {
  const byCode: Partial<Record<string, Record<string, string>>> = nl.fieldErrors;
  if (!problem.field || byCode[problem.code]?.[problem.field] === undefined) return null;
  // Checked just above against the Dutch resource, which every language must mirror.
  return `${problem.code}.${problem.field}` as FieldMessageKey;
}

function secondsIn(message: string): number | null {
  const match = /(\d+) seconds?/.exec(message);
  return match ? Number(match[1]) : null;
}

/**
 * Turns a problem into a sentence in the interface language: a translation for this field and
 * code when there is one, else the generic text for the code. The server's English message is
 * used only in English, and only for input problems, where it is specific and safe to show.
 */
export function useProblemText(overrides: Partial<Record<ProblemCode, string>> = {}) {
  const { t, i18n } = useTranslation('common');
  const english = i18n.resolvedLanguage === 'en';
  return (problem: Problem): string => {
    const key = fieldMessageKey(problem);
    if (key) return t(`fieldErrors.${key}`);
    const override = overrides[problem.code];
    if (override) return override;
    if (problem.code === 'RATE_LIMITED') {
      const seconds = secondsIn(problem.serverMessage);
      return seconds === null
        ? t('errors.RATE_LIMITED')
        : t('errors.RATE_LIMITED_seconds', { seconds });
    }
    if (
      english &&
      problem.serverMessage &&
      (problem.code === 'BAD_USER_INPUT' || problem.code === 'CONFLICT')
    ) {
      return problem.serverMessage;
    }
    return t(`errors.${problem.code}`);
  };
}
