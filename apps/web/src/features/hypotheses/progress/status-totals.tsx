import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { ProjectHypothesisProgressQuery } from '../../../gql/graphql';
import { statusTotals } from './status-totals-of';
import { useHypothesisTerms } from '../use-hypothesis-terms';

type Questions = ProjectHypothesisProgressQuery['project']['hypothesisProgress']['questions'];

/** The project's hypotheses per status, only the statuses that have any. */
export function StatusTotals({ questions }: { questions: Questions }) {
  const { t } = useTranslation('hypotheses');
  const terms = useHypothesisTerms();
  const totals = statusTotals(questions);
  if (!totals.length) return <Paragraph>{t('section.empty')}</Paragraph>;
  return (
    <dl className="kl-facts kl-hypothesis-counts" aria-label={t('section.caption')}>
      {totals.map(({ status, count }) => (
        <div key={status}>
          <dt>{terms.status(status)}</dt>
          <dd>{count}</dd>
        </div>
      ))}
    </dl>
  );
}
