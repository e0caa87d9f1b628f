import { Heading2 } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HypothesisHistoryFieldsFragment } from '../../../gql/graphql';
import { FormattedDate } from '../../../shared/format';
import { useHypothesisTerms } from '../use-hypothesis-terms';
import { EvidenceItem } from './evidence-item';

interface HypothesisHistoryProps {
  history: HypothesisHistoryFieldsFragment['history'];
  questionPath: string;
  versionName: (id: string) => string | undefined;
  dataset: (id: string) => { path: string; title: string } | undefined;
}

/** Every move, oldest first: from, to, who, when, why and on what evidence. */
export function HypothesisHistory({
  history,
  questionPath,
  versionName,
  dataset,
}: HypothesisHistoryProps) {
  const { t } = useTranslation('hypotheses');
  const terms = useHypothesisTerms();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="kl-section">
      <Heading2 id={headingId}>{t('history.title')}</Heading2>
      <ol className="kl-timeline kl-history">
        {history.map((step) => (
          <li key={step.id} className="kl-timeline__item">
            <p className="kl-history__what">
              <strong>
                {step.from
                  ? t('history.moved', {
                      from: terms.status(step.from),
                      to: terms.status(step.to),
                      who: step.by.name,
                    })
                  : t('history.proposed', { who: step.by.name })}
              </strong>{' '}
              <span className="kl-timeline__time">
                <FormattedDate value={step.createdAt} withTime />
              </span>
            </p>
            {step.rationale ? (
              <p className="kl-prose">
                <span className="kl-muted">{t('history.why')}:</span> {step.rationale}
              </p>
            ) : null}
            {step.evidence.length ? (
              <>
                <p className="kl-muted kl-history__evidence">{t('history.evidence')}:</p>
                <ul>
                  {step.evidence.map((evidence) => (
                    <li key={evidence.id}>
                      <EvidenceItem
                        evidence={evidence}
                        questionPath={questionPath}
                        versionName={versionName}
                        dataset={dataset}
                      />
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
