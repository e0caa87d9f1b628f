import { LIMITS } from '@ketenlab/domain';
import { useTranslation } from 'react-i18next';
import { useValidationText, type FieldErrors } from '../../../shared/forms';
import { hypothesisDraftProblems, type HypothesisDraft } from './hypothesis-draft';

/** The propose and edit forms' own checks, worded for the field they concern. */
export function useHypothesisDraftCheck() {
  const { t } = useTranslation('hypotheses');
  const validation = useValidationText();
  return (
    draft: HypothesisDraft,
    options: { claim: boolean },
  ): FieldErrors<'statement' | 'tags'> => {
    const problems = hypothesisDraftProblems(draft, options);
    const found: FieldErrors<'statement' | 'tags'> = {};
    if (problems.statement === 'required')
      found.statement = validation.required(t('propose.statement'));
    if (problems.statement === 'tooShort')
      found.statement = validation.minLength(t('propose.statement'), LIMITS.hypothesisStatementMin);
    // The description already names the limits, so it doubles as the message.
    if (problems.tags) found.tags = t('propose.tagsDescription');
    return found;
  };
}
