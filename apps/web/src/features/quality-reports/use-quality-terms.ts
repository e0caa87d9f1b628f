import type { QualityDimension, QualityReportState } from '@ketenlab/domain';
import { useTranslation } from 'react-i18next';

/** The words for dimensions and states, one place for every component of the feature. */
export function useQualityTerms() {
  const { t } = useTranslation('qualityReports');
  return {
    dimension: (dimension: QualityDimension) => t(`dimensions.${dimension}`),
    state: (state: QualityReportState) => t(`states.${state}`),
  };
}
