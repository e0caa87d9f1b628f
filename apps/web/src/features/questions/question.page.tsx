import { useQuery } from '@apollo/client/react';
import { allowsProject } from '@ketenlab/domain';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { graphql } from '../../gql';
import { hasProblem } from '../../shared/errors';
import { AppLink } from '../../shared/links';
import { Loading, PageHeading, QueryError, usePageTitle } from '../../shared/page';
import { QuestionHypotheses } from '../hypotheses';
import { DeleteQuestion } from './delete-question';
import { EditorBoundary } from './editor-boundary';
import { LazyLiveEditor } from './lazy-editor';
import { QuestionDetailsForm } from './question-details-form';
import { QuestionStatusBadge } from './question-status-badge';
import { RegistrationPanel } from './registration/registration-panel';
import { useLiveQuestion } from './use-live-question';
import { VersionPanel } from './versions/version-panel';

const QuestionPageQuery = graphql(`
  query QuestionPage($id: ID!, $projectId: ID!) {
    question(id: $id) {
      id
      projectId
      title
      status
      documentName
      updatedAt
    }
    project(id: $projectId) {
      id
      title
      myRelation
    }
  }
`);

/** One research question: its facts, the live text everyone writes together, its versions. */
export function QuestionPage() {
  const { t } = useTranslation('questions');
  const { projectId = '', questionId = '' } = useParams();
  const navigate = useNavigate();
  const editorHeadingId = useId();
  const { data, loading, error, refetch } = useQuery(QuestionPageQuery, {
    variables: { id: questionId, projectId },
  });
  // A question reached under another project's address is not this page's to show.
  const found = data && data.question.projectId === data.project.id ? data : undefined;
  const relation = found?.project.myRelation;
  useLiveQuestion(projectId, relation ? allowsProject('question.read', relation) : false);
  const unavailable =
    (data && !found) ||
    (!data && (hasProblem(error, 'FORBIDDEN') || hasProblem(error, 'NOT_FOUND')));
  usePageTitle(
    found?.question.title ?? (unavailable ? t('page.unavailableTitle') : t('page.title')),
  );

  if (loading && !data) return <Loading />;
  if (!found || !relation) {
    if (unavailable) {
      return (
        <>
          <PageHeading>{t('page.unavailableTitle')}</PageHeading>
          <Paragraph>{t('page.unavailable')}</Paragraph>
        </>
      );
    }
    return <QueryError error={error} onRetry={() => refetch()} />;
  }
  const { question, project } = found;
  const mayEdit = allowsProject('question.edit', relation);
  const mayRename = allowsProject('question.rename', relation);
  const maySetStatus = allowsProject('question.setStatus', relation);
  return (
    <>
      <Paragraph className="kl-back">
        <AppLink to={`/projecten/${project.id}`}>
          {t('page.back', { project: project.title })}
        </AppLink>
      </Paragraph>
      <PageHeading>{question.title}</PageHeading>
      <dl className="kl-facts">
        <div>
          <dt>{t('page.status')}</dt>
          <dd>
            <QuestionStatusBadge status={question.status} />
          </dd>
        </div>
      </dl>
      <section aria-labelledby={editorHeadingId} className="kl-section">
        <Heading2 id={editorHeadingId}>{t('editor.title')}</Heading2>
        <EditorBoundary>
          <Suspense fallback={<Loading />}>
            <LazyLiveEditor documentName={question.documentName} readOnly={!mayEdit} />
          </Suspense>
        </EditorBoundary>
      </section>
      <VersionPanel questionId={question.id} mayEdit={mayEdit} />
      <RegistrationPanel
        questionId={question.id}
        mayRequest={allowsProject('question.requestRegistration', relation)}
      />
      {allowsProject('hypothesis.read', relation) ? (
        <QuestionHypotheses
          projectId={project.id}
          questionId={question.id}
          mayPropose={allowsProject('hypothesis.propose', relation)}
        />
      ) : null}
      {mayRename || maySetStatus ? (
        <QuestionDetailsForm
          question={question}
          mayRename={mayRename}
          maySetStatus={maySetStatus}
        />
      ) : null}
      {allowsProject('question.delete', relation) ? (
        <DeleteQuestion
          question={question}
          onDeleted={() => void navigate(`/projecten/${project.id}`)}
        />
      ) : null}
    </>
  );
}
