import { Paragraph } from '@utrecht/component-library-react';
import { PROJECT_TIME_ZONE } from '@ketenlab/domain';
import { useTranslation } from 'react-i18next';
import type { ProjectHypothesisProgressQuery } from '../../../gql/graphql';
import { useFormat } from '../../../shared/format';
import { useLanguage } from '../../../i18n';
import { useHypothesisTerms } from '../use-hypothesis-terms';

type Verdicts =
  ProjectHypothesisProgressQuery['project']['hypothesisProgress']['verdictsThisMonth'];

/** "3 verdicts in December 2026: 2 supported and 1 refuted", the month as Amsterdam counts it. */
export function MonthVerdicts({ verdicts }: { verdicts: Verdicts }) {
  const { t } = useTranslation('hypotheses');
  const terms = useHypothesisTerms();
  const format = useFormat();
  const { locale } = useLanguage();
  const month = new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: PROJECT_TIME_ZONE,
  }).format(new Date(verdicts.start));
  const parts = verdicts.counts
    .filter(({ count }) => count > 0)
    .map(({ status, count }) => `${count} ${terms.status(status).toLowerCase()}`);
  return (
    <Paragraph>
      {t('progress.verdicts', { count: verdicts.total, month })}
      {parts.length ? `: ${format.list(parts)}.` : '.'}
    </Paragraph>
  );
}
