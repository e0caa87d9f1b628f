import { useQuery } from '@apollo/client/react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AppButtonLink } from '../../../shared/links';
import { Loading, QueryError } from '../../../shared/page';
import { boardPath } from '../hypothesis-paths';
import { MonthVerdicts } from './month-verdicts';
import { ProjectHypothesisProgressQuery } from './progress.graphql';
import { QuestionProgressTable } from './question-progress-table';
import { StaleHypotheses } from './stale-hypotheses';
import { StatusTotals } from './status-totals';
import { useLiveProgress } from './use-live-progress';

/**
 * On the project overview, the one hypotheses section: how many stand where, in the project and
 * per question, the verdicts of this month, the open hypotheses that have gone quiet, and the way
 * to the board. Refreshed live when any hypothesis changes.
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
      <Paragraph>{t('section.intro')}</Paragraph>
      {error && !data ? <QueryError error={error} onRetry={() => refetch()} /> : null}
      {loading && !data ? <Loading /> : null}
      {progress ? (
        <>
          <StatusTotals questions={progress.questions} />
          <MonthVerdicts verdicts={progress.verdictsThisMonth} />
          {progress.questions.length ? (
            <QuestionProgressTable projectId={projectId} questions={progress.questions} />
          ) : (
            <Paragraph>{t('progress.noQuestions')}</Paragraph>
          )}
          <StaleHypotheses projectId={projectId} progress={progress} />
        </>
      ) : null}
      <Paragraph>
        <AppButtonLink to={boardPath(projectId)}>{t('section.toBoard')}</AppButtonLink>
      </Paragraph>
    </section>
  );
}
