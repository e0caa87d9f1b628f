import { LIMITS, type ExpectedDirection } from '@ketenlab/domain';
import { useTranslation } from 'react-i18next';
import { SelectField, TextareaField } from '../../../shared/forms';
import { useHypothesisTerms } from '../use-hypothesis-terms';
import type { HypothesisDraftFieldsProps } from './hypothesis-draft';

/** What the hypothesis claims: its statement, why, and which way the figures should go. */
export function ClaimFields({ ids, draft, onChange, errors }: HypothesisDraftFieldsProps) {
  const { t } = useTranslation('hypotheses');
  const terms = useHypothesisTerms();
  return (
    <>
      <TextareaField
        id={ids.statement}
        label={t('propose.statement')}
        description={t('propose.statementDescription')}
        maxLength={LIMITS.hypothesisStatementMax}
        rows={3}
        value={draft.statement}
        onChange={(statement) => onChange({ statement })}
        error={errors.statement}
      />
      <TextareaField
        id={ids.rationale}
        label={t('propose.rationale')}
        description={t('propose.rationaleDescription')}
        optional
        maxLength={LIMITS.hypothesisRationaleMax}
        value={draft.rationale}
        onChange={(rationale) => onChange({ rationale })}
        error={errors.rationale}
      />
      <SelectField<ExpectedDirection | 'none'>
        id={ids.expectedDirection}
        label={t('propose.direction')}
        value={draft.direction}
        options={[{ value: 'none', label: t('propose.directionNone') }, ...terms.directionOptions]}
        onChange={(direction) => onChange({ direction })}
        error={errors.expectedDirection}
      />
    </>
  );
}
