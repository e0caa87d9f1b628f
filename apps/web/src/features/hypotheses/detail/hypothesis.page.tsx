import { useQuery } from '@apollo/client/react';
import { allowsProject, isOpenHypothesis } from '@ketenlab/domain';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { hasProblem } from '../../../shared/errors';
import { useFormat } from '../../../shared/format';
import { AppLink } from '../../../shared/links';
import { Loading, PageHeading, QueryError, usePageTitle } from '../../../shared/page';
import { datasetPath } from '../../datasets';
import { DataChangeFlags } from '../../quality-reports';
import { questionPath } from '../../questions';
import { HypothesisStatusBadge } from '../hypothesis-status-badge';
import { boardPath } from '../hypothesis-paths';
import { useLiveHypotheses } from '../live/use-live-hypotheses';
import { useHypothesisMoves } from '../transition/use-hypothesis-moves';
import { useHypothesisTerms } from '../use-hypothesis-terms';
import { EditHypothesisForm } from './edit/edit-hypothesis-form';
import { HypothesisDetailQuery } from './hypothesis-detail.graphql';
import { HypothesisHistory } from './hypothesis-history';
import { MoveButtons } from './move-buttons';

/** One hypothesis: what it says, where it stands, the moves open to you, and its history. */
export function HypothesisPage() {
  const { t } = useTranslation('hypotheses');
  const terms = useHypothesisTerms();
  const format = useFormat();
  const { projectId = '', hypothesisId = '' } = useParams();
  const [editing, setEditing] = useState(false);
  const { data, loading, error, refetch } = useQuery(HypothesisDetailQuery, {
    variables: { id: hypothesisId, projectId },
  });
  // A hypothesis reached under another project's address is not this page's to show.
  const found = data && data.hypothesis.projectId === data.project.id ? data : undefined;
  useLiveHypotheses(projectId, found !== undefined);
  const moves = useHypothesisMoves(() => {
    // The buttons change with the status; the heading is a stable place to continue from.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.kl-page-heading')?.focus());
  });
  const unavailable =
    (data && !found) ||
    (!data && (hasProblem(error, 'FORBIDDEN') || hasProblem(error, 'NOT_FOUND')));
  usePageTitle(
    found?.hypothesis.statement ?? (unavailable ? t('detail.unavailableTitle') : t('detail.title')),
  );

  if (loading && !data) return <Loading />;
  if (!found) {
    if (unavailable) {
      return (
        <>
          <PageHeading>{t('detail.unavailableTitle')}</PageHeading>
          <Paragraph>{t('detail.unavailable')}</Paragraph>
        </>
      );
    }
    return <QueryError error={error} onRetry={() => refetch()} />;
  }
  const { hypothesis, project } = found;
  const question = project.questions.find((q) => q.id === hypothesis.questionId);
  const versions = new Map(question?.versions.map((v) => [v.id, v.name]));
  const datasets = new Map(project.datasets.map((d) => [d.id, d.title]));
  const toQuestion = questionPath(project.id, hypothesis.questionId);
  const none = <span className="kl-muted">{t('detail.none')}</span>;
  const mayEdit = allowsProject('hypothesis.update', project.myRelation);
  const stopEditing = () => {
    setEditing(false);
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.kl-page-heading')?.focus());
  };
  return (
    <>
      <Paragraph className="kl-back">
        <AppLink to={boardPath(project.id)}>{t('detail.back')}</AppLink>
      </Paragraph>
      <PageHeading>{hypothesis.statement}</PageHeading>
      <DataChangeFlags
        hypothesisId={hypothesis.id}
        mayAcknowledge={allowsProject('dataChange.acknowledge', project.myRelation)}
      />
      {moves.element}
      {editing ? (
        <EditHypothesisForm
          hypothesisId={hypothesis.id}
          projectId={project.id}
          before={{
            statement: hypothesis.statement,
            rationale: hypothesis.rationale,
            direction: hypothesis.expectedDirection ?? 'none',
            partnerIds: hypothesis.partners.map((partner) => partner.id),
            tagText: hypothesis.tags.join(', '),
            ownerId: hypothesis.owner.id,
          }}
          open={isOpenHypothesis(hypothesis.status)}
          mayReassign={allowsProject('hypothesis.reassign', project.myRelation)}
          onDone={stopEditing}
        />
      ) : null}
      {mayEdit && !editing ? (
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={() => setEditing(true)}>
            {t('edit.open')}
          </Button>
        </ButtonGroup>
      ) : null}
      {/* While editing, the form shows what the details would. */}
      {editing ? null : (
        <dl className="kl-details">
          <dt>{t('detail.status')}</dt>
          <dd>
            <HypothesisStatusBadge status={hypothesis.status} />
          </dd>
          <dt>{t('detail.question')}</dt>
          <dd>
            <AppLink to={toQuestion}>{question?.title}</AppLink>
          </dd>
          <dt>{t('detail.owner')}</dt>
          <dd>{hypothesis.owner.name}</dd>
          <dt>{t('detail.partners')}</dt>
          <dd>
            {hypothesis.partners.length
              ? format.list(hypothesis.partners.map((partner) => partner.name))
              : none}
          </dd>
          <dt>{t('detail.tags')}</dt>
          <dd>{hypothesis.tags.length ? format.list(hypothesis.tags) : none}</dd>
          <dt>{t('detail.direction')}</dt>
          <dd>
            {hypothesis.expectedDirection ? (
              terms.direction(hypothesis.expectedDirection)
            ) : (
              <span className="kl-muted">{t('detail.noDirection')}</span>
            )}
          </dd>
          <dt>{t('detail.rationale')}</dt>
          <dd className="kl-prose">{hypothesis.rationale || none}</dd>
        </dl>
      )}
      <MoveButtons
        hypothesis={hypothesis}
        busy={moves.busy}
        onMove={(to) => void moves.requestMove(hypothesis, to)}
      />
      <HypothesisHistory
        history={hypothesis.history}
        questionPath={toQuestion}
        versionName={(id) => versions.get(id)}
        dataset={(id) => {
          const title = datasets.get(id);
          return title === undefined ? undefined : { path: datasetPath(project.id, id), title };
        }}
      />
    </>
  );
}
