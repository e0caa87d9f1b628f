import { useQuery } from '@apollo/client/react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading, QueryError } from '../../../shared/page';
import { MonthVerdicts } from './month-verdicts';
import { ProjectHypothesisProgressQuery } from './progress.graphql';
import { QuestionProgressTable } from './question-progress-table';
import { StaleHypotheses } from './stale-hypotheses';
import { useLiveProgress } from './use-live-progress';

/**
 * On the project overview: where the hypotheses stand per question, the verdicts of this month
 * and the open hypotheses that have gone quiet. Refreshed live when any hypothesis changes.
 */
export function HypothesisProgressSection({ projectId }: { projectId: string }) {
  const { t } = useTranslation('hypotheses');
  const headingId = useId();
  const { data, loading, error, refetch } = useQuery(ProjectHypothesisProgressQuery, {
    variables: { projectId },
  });
  useLiveProgress(projectId, data !== undefined);
  const progress = data?.project.hypothesisProgress;
  return (
    <section aria-labelledby={headingId} className="kl-section">
      <Heading2 id={headingId}>{t('progress.title')}</Heading2>
      {error && !data ? <QueryError error={error} onRetry={() => refetch()} /> : null}
      {loading && !data ? <Loading /> : null}
      {progress ? (
        <>
          <MonthVerdicts verdicts={progress.verdictsThisMonth} />
          {progress.questions.length ? (
            <QuestionProgressTable projectId={projectId} questions={progress.questions} />
          ) : (
            <Paragraph>{t('progress.noQuestions')}</Paragraph>
          )}
          <StaleHypotheses projectId={projectId} progress={progress} />
        </>
      ) : null}
    </section>
  );
}
