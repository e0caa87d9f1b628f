import { useTranslation } from 'react-i18next';
import type { HypothesisHistoryFieldsFragment } from '../../../gql/graphql';
import { AppLink } from '../../../shared/links';

type Evidence = HypothesisHistoryFieldsFragment['history'][number]['evidence'][number];

interface EvidenceItemProps {
  evidence: Evidence;
  /** Where the hypothesis's question lives, for version and passage links. */
  questionPath: string;
  versionName: (id: string) => string | undefined;
  /** Where a cited dataset lives and what it is called; undefined once it is gone. */
  dataset: (id: string) => { path: string; title: string } | undefined;
}

/** One cited piece of evidence, as a link to it where it can be followed. */
export function EvidenceItem({ evidence, questionPath, versionName, dataset }: EvidenceItemProps) {
  const { t } = useTranslation('hypotheses');
  switch (evidence.kind) {
    case 'external':
      return (
        <a
          className="utrecht-link utrecht-link--html-a"
          href={evidence.url ?? undefined}
          rel="noopener noreferrer"
        >
          {evidence.title}
        </a>
      );
    case 'question_version': {
      const name = evidence.targetId ? versionName(evidence.targetId) : undefined;
      return (
        <AppLink to={questionPath}>
          {name ? t('history.version', { name }) : t('history.versionGone')}
        </AppLink>
      );
    }
    case 'question_passage':
      return (
        <>
          <AppLink to={questionPath}>{t('history.passage')}</AppLink>
          <blockquote className="kl-quote">{evidence.quote}</blockquote>
        </>
      );
    case 'dataset': {
      const cited = evidence.targetId ? dataset(evidence.targetId) : undefined;
      return cited ? (
        <AppLink to={cited.path}>{t('history.dataset', { title: cited.title })}</AppLink>
      ) : (
        <>{t('history.datasetGone')}</>
      );
    }
  }
}
