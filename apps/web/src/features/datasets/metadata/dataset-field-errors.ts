import { useTranslation } from 'react-i18next';
import type { Problem } from '../../../shared/errors';
import { nl } from '../locales/nl';

type FieldName = keyof typeof nl.fieldErrors;

export function isDatasetField(name: string | null): name is FieldName {
  return name !== null && Object.prototype.hasOwnProperty.call(nl.fieldErrors, name);
}

/**
 * The datasets' own words for a refused field. In Dutch the translation; in English the API's
 * message, which already names the field and says what to do.
 */
export function useDatasetFieldText() {
  const { t, i18n } = useTranslation('datasets');
  return {
    of: (field: FieldName) => t(`fieldErrors.${field}`),
    forProblem: (problem: Problem): string | undefined => {
      if (problem.code !== 'BAD_USER_INPUT' || !isDatasetField(problem.field)) return undefined;
      if (i18n.resolvedLanguage === 'en' && problem.serverMessage) return problem.serverMessage;
      return t(`fieldErrors.${problem.field}`);
    },
  };
}
