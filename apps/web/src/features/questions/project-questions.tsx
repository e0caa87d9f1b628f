import { useQuery } from '@apollo/client/react';
import { allowsProject, type ProjectRelation } from '@ketenlab/domain';
import {
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { FormattedDate } from '../../shared/format';
import { AppLink } from '../../shared/links';
import { Loading, QueryError } from '../../shared/page';
import { preloadEditor } from './lazy-editor';
import { NewQuestionForm } from './new-question-form';
import { QuestionStatusBadge } from './question-status-badge';
import { questionPath } from './question-path';

const ProjectQuestionsQuery = graphql(`
  query ProjectQuestions($projectId: ID!) {
    project(id: $projectId) {
      id
      questions {
        id
        title
        status
        updatedAt
      }
    }
  }
`);

interface ProjectQuestionsProps {
  projectId: string;
  relation: ProjectRelation;
}

/** The project's research questions, oldest first, and a way to add one for those who may. */
export function ProjectQuestions({ projectId, relation }: ProjectQuestionsProps) {
  const { t } = useTranslation('questions');
  const headingId = useId();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(ProjectQuestionsQuery, {
    variables: { projectId },
  });
  const questions = data?.project.questions ?? [];
  return (
    <section aria-labelledby={headingId} className="kl-section">
      <Heading2 id={headingId}>{t('section.title')}</Heading2>
      <Paragraph>{t('section.intro')}</Paragraph>
      {error && !data ? <QueryError error={error} onRetry={() => refetch()} /> : null}
      {loading && !data ? <Loading /> : null}
      {data && questions.length === 0 ? <Paragraph>{t('section.empty')}</Paragraph> : null}
      {questions.length ? (
        // A narrow screen scrolls the table, not the page (WCAG 1.4.10); focusable so that
        // keyboard users can scroll it too.
        <div
          className="kl-table-scroll"
          tabIndex={0}
          role="region"
          aria-label={t('section.caption')}
        >
          <Table className="kl-table">
            <TableCaption className="kl-visually-hidden">{t('section.caption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('section.question')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('section.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('section.updated')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {questions.map((question) => (
                <TableRow key={question.id}>
                  <TableHeaderCell scope="row" className="kl-break">
                    <AppLink
                      to={questionPath(projectId, question.id)}
                      onPointerEnter={preloadEditor}
                      onFocus={preloadEditor}
                    >
                      {question.title}
                    </AppLink>
                  </TableHeaderCell>
                  <TableCell>
                    <QuestionStatusBadge status={question.status} />
                  </TableCell>
                  <TableCell>
                    <FormattedDate value={question.updatedAt} withTime />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
      {allowsProject('question.create', relation) ? (
        <NewQuestionForm
          projectId={projectId}
          onCreated={(questionId) => void navigate(questionPath(projectId, questionId))}
        />
      ) : null}
    </section>
  );
}
