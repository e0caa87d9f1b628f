import { StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import './quality-reports.css';

/**
 * The open-report badge, for wherever a dataset appears: nothing when there is no doubt,
 * otherwise the number of unresolved reports in words (the colour only repeats it).
 */
export function OpenReportBadge({ count }: { count: number }) {
  const { t } = useTranslation('qualityReports');
  if (count <= 0) return null;
  return (
    <StatusBadge status="warning" className="kl-quality-badge">
      {t('badge.count', { count })}
    </StatusBadge>
  );
}
