import {
  EXPECTED_DIRECTIONS,
  HYPOTHESIS_STATUSES,
  type EvidenceKind,
  type ExpectedDirection,
  type HypothesisStatus,
} from '@ketenlab/domain';
import { useTranslation } from 'react-i18next';

/** The words for a hypothesis's status, direction and evidence kinds, in the domain's order. */
export function useHypothesisTerms() {
  const { t } = useTranslation('hypotheses');
  const status = (value: HypothesisStatus) => t(`status.${value}`);
  const direction = (value: ExpectedDirection) => t(`direction.${value}`);
  return {
    status,
    direction,
    evidenceKind: (value: EvidenceKind) => t(`evidenceKind.${value}`),
    statusOptions: HYPOTHESIS_STATUSES.map((value) => ({ value, label: status(value) })),
    directionOptions: EXPECTED_DIRECTIONS.map((value) => ({ value, label: direction(value) })),
  };
}
