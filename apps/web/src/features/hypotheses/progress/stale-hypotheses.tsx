import {
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectHypothesisProgressQuery } from '../../../gql/graphql';
import { FormattedDate } from '../../../shared/format';
import { AppLink } from '../../../shared/links';
import { HypothesisStatusBadge } from '../hypothesis-status-badge';
import { hypothesisPath } from '../hypothesis-paths';

type Progress = ProjectHypothesisProgressQuery['project']['hypothesisProgress'];

/** Open hypotheses nobody has proposed, edited or moved for the project's number of days. */
export function StaleHypotheses({
  projectId,
  progress,
}: {
  projectId: string;
  progress: Progress;
}) {
  const { t } = useTranslation('hypotheses');
  const headingId = useId();
  const more = progress.staleCount - progress.stale.length;
  return (
    <section aria-labelledby={headingId}>
      <Heading3 id={headingId}>{t('progress.staleTitle')}</Heading3>
      <Paragraph>{t('progress.staleIntro', { count: progress.staleAfterDays })}</Paragraph>
      {progress.stale.length ? (
        <UnorderedList className="kl-stale-list">
          {progress.stale.map((hypothesis) => (
            <UnorderedListItem key={hypothesis.id}>
              <AppLink to={hypothesisPath(projectId, hypothesis.id)}>
                {hypothesis.statement}
              </AppLink>{' '}
              <HypothesisStatusBadge status={hypothesis.status} />
              <span className="kl-muted">
                {' '}
                {t('progress.lastActivity')} <FormattedDate value={hypothesis.lastActivityAt} /> ·{' '}
                {t('progress.owner', { name: hypothesis.owner.name })}
              </span>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : (
        <Paragraph>{t('progress.staleNone')}</Paragraph>
      )}
      {/* The rest are on the board, which the section's own link below leads to. */}
      {more > 0 ? <Paragraph>{t('progress.staleMore', { count: more })}</Paragraph> : null}
    </section>
  );
}
