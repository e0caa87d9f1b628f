import { useQuery } from '@apollo/client/react';
import { allowsProject } from '@ketenlab/domain';
import { Paragraph } from '@utrecht/component-library-react';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { hasProblem } from '../../../shared/errors';
import { AppButtonLink, AppLink } from '../../../shared/links';
import { Loading, PageHeading, QueryError, usePageTitle } from '../../../shared/page';
import '../hypotheses.css';
import { proposePath } from '../hypothesis-paths';
import { useLiveHypotheses } from '../live/use-live-hypotheses';
import { useHypothesisMoves } from '../transition/use-hypothesis-moves';
import { focusCardIn } from './board-card';
import { BoardColumns } from './board-columns';
import { filterFromSearch, filterToSearch, isFiltered } from './board-filter';
import { BoardFilters } from './board-filters';
import { HypothesisBoardQuery } from './board.graphql';

/** The hypothesis board of a project: a column per status, filters in the address. */
export function HypothesisBoardPage() {
  const { t } = useTranslation('hypotheses');
  const { projectId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const filter = useMemo(() => filterFromSearch(search), [search]);
  const { data, loading, error, refetch } = useQuery(HypothesisBoardQuery, {
    variables: { projectId, filter },
  });
  const project = data?.project;
  useLiveHypotheses(projectId, project !== undefined, (changed) => {
    // A new hypothesis, or one whose owner, partners or tags changed under a filter, may join
    // or leave this board: only the API's filter can say, so ask it again.
    if (!project?.hypotheses.some((h) => h.id === changed.id) || isFiltered(filter)) {
      refetch().catch(() => undefined);
    }
  });
  // A moved card is drawn anew in its new column, and the focus its old button had would be
  // lost: once the card is there, it gets the focus back.
  const focusAfterMove = useRef<{ id: string; status: string } | null>(null);
  const moves = useHypothesisMoves((moved) => {
    focusAfterMove.current = { id: moved.id, status: moved.status };
  });
  useEffect(() => {
    const pending = focusAfterMove.current;
    if (pending && focusCardIn(pending.status, pending.id)) focusAfterMove.current = null;
  });
  const unavailable =
    !project && (hasProblem(error, 'FORBIDDEN') || hasProblem(error, 'NOT_FOUND'));
  usePageTitle(
    project
      ? t('board.heading', { project: project.title })
      : unavailable
        ? t('board.unavailableTitle')
        : t('board.title'),
  );

  if (loading && !project) return <Loading />;
  if (!project) {
    if (unavailable) {
      return (
        <>
          <PageHeading>{t('board.unavailableTitle')}</PageHeading>
          <Paragraph>{t('board.unavailable')}</Paragraph>
        </>
      );
    }
    return <QueryError error={error} onRetry={() => refetch()} />;
  }
  const questionTitles = new Map(project.questions.map((q) => [q.id, q.title]));
  const organisations = [project.ownerOrganisation, ...project.partners];
  const owners = project.members
    .filter((member) => allowsProject('hypothesis.update', member.role))
    .map((member) => ({ value: member.user.id, label: member.user.name }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const tags = [...new Set(project.tagged.flatMap((h) => h.tags))].sort();
  const mayPropose = allowsProject('hypothesis.propose', project.myRelation);
  const mayMove = project.hypotheses.some((h) => h.allowedTransitions.length > 0);
  return (
    <>
      <Paragraph className="kl-back">
        <AppLink to={`/projecten/${project.id}`}>
          {t('board.back', { project: project.title })}
        </AppLink>
      </Paragraph>
      <div className="kl-title-row">
        <PageHeading>{t('board.heading', { project: project.title })}</PageHeading>
        {mayPropose && project.questions.length ? (
          <AppButtonLink appearance="primary" to={proposePath(project.id, filter.questionId)}>
            {t('board.propose')}
          </AppButtonLink>
        ) : null}
      </div>
      <Paragraph>{t('board.intro')}</Paragraph>
      {mayMove ? <Paragraph className="kl-muted">{t('board.keyboardHint')}</Paragraph> : null}
      {!mayPropose && !mayMove ? <Paragraph>{t('board.readOnly')}</Paragraph> : null}
      {mayPropose && !project.questions.length ? (
        <Paragraph>{t('board.noQuestions')}</Paragraph>
      ) : null}
      <BoardFilters
        filter={filter}
        questions={project.questions.map((q) => ({ value: q.id, label: q.title }))}
        owners={owners}
        partners={organisations.map((o) => ({ value: o.id, label: o.name }))}
        tags={tags}
        onApply={(next) => setSearch(filterToSearch(next))}
      />
      <Paragraph className="kl-board__shown" aria-live="polite">
        {t('board.shown', { count: project.hypotheses.length })}
      </Paragraph>
      {moves.element}
      <BoardColumns
        hypotheses={project.hypotheses}
        questionTitle={(id) => questionTitles.get(id) ?? ''}
        onMove={(hypothesis, to) => void moves.requestMove(hypothesis, to)}
      />
    </>
  );
}
