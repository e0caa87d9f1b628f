import { QUESTION_STATUSES, type QuestionStatus } from '@ketenlab/domain';
import { useTranslation } from 'react-i18next';

/** The words for a question's status, and the options in the domain's order. */
export function useQuestionTerms() {
  const { t } = useTranslation('questions');
  const status = (value: QuestionStatus) => t(`status.${value}`);
  return {
    status,
    statusOptions: QUESTION_STATUSES.map((value) => ({ value, label: status(value) })),
  };
}
