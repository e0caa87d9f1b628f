import { useQuery } from '@apollo/client/react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import { AppButtonLink, AppLink } from '../../../shared/links';
import { QueryError } from '../../../shared/page';
import { HypothesisStatusBadge } from '../hypothesis-status-badge';
import { boardPath, hypothesisPath, proposePath } from '../hypothesis-paths';

const QuestionHypothesesQuery = graphql(`
  query QuestionHypotheses($questionId: ID!) {
    question(id: $questionId) {
      id
      hypotheses {
        id
        statement
        status
      }
    }
  }
`);

interface QuestionHypothesesProps {
  projectId: string;
  questionId: string;
  mayPropose: boolean;
}

/** On a question's page: its hypotheses, the board filtered to it, and a way to propose one. */
export function QuestionHypotheses({ projectId, questionId, mayPropose }: QuestionHypothesesProps) {
  const { t } = useTranslation('hypotheses');
  const headingId = useId();
  const { data, error, refetch } = useQuery(QuestionHypothesesQuery, {
    variables: { questionId },
  });
  const hypotheses = data?.question.hypotheses ?? [];
  return (
    <section aria-labelledby={headingId} className="kl-section">
      <Heading2 id={headingId}>{t('section.title')}</Heading2>
      {error && !data ? <QueryError error={error} onRetry={() => refetch()} /> : null}
      {data && !hypotheses.length ? <Paragraph>{t('section.empty')}</Paragraph> : null}
      {hypotheses.length ? (
        <ul className="kl-question-hypotheses">
          {hypotheses.map((hypothesis) => (
            <li key={hypothesis.id}>
              <AppLink to={hypothesisPath(projectId, hypothesis.id)}>
                {hypothesis.statement}
              </AppLink>{' '}
              <HypothesisStatusBadge status={hypothesis.status} />
            </li>
          ))}
        </ul>
      ) : null}
      <div className="kl-title-row kl-question-hypotheses__actions">
        <AppButtonLink to={boardPath(projectId, { questionId })}>
          {t('section.toBoardForQuestion')}
        </AppButtonLink>
        {mayPropose ? (
          <AppButtonLink to={proposePath(projectId, questionId)}>
            {t('board.propose')}
          </AppButtonLink>
        ) : null}
      </div>
    </section>
  );
}
