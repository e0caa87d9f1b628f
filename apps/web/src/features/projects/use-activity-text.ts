import type { ProjectActivityAction } from '@ketenlab/domain';
import { useTranslation } from 'react-i18next';
import type { ProjectActivityQuery } from '../../gql/graphql';

type Activity = Pick<
  ProjectActivityQuery['project']['activity']['items'][number],
  'action' | 'objectType' | 'objectId' | 'result'
> & { actor: { name: string } | null };

/**
 * The API's dotted verbs and the keys of their sentences: one for every action a project's feed
 * can hold (libs/domain activity.ts), or this does not compile.
 */
export const ACTION_KEYS = {
  'project.created': 'created',
  'project.updated': 'updated',
  'project.member.added': 'memberAdded',
  'project.member.roleChanged': 'memberRoleChanged',
  'project.member.removed': 'memberRemoved',
  'question.created': 'questionCreated',
  'question.renamed': 'questionRenamed',
  'question.statusChanged': 'questionStatusChanged',
  'question.deleted': 'questionDeleted',
  'question.version.saved': 'questionVersionSaved',
  'question.version.restored': 'questionVersionRestored',
  'dataset.created': 'datasetCreated',
  'dataset.updated': 'datasetUpdated',
  'dataset.rowAccess.changed': 'datasetRowAccessChanged',
  'dataset.version.uploaded': 'datasetVersionUploaded',
  'dataset.version.downloaded': 'datasetVersionDownloaded',
  'question.registration.requested': 'registrationRequested',
  'question.registration.signedOff': 'registrationSignedOff',
  'question.registration.changesRequested': 'registrationChangesRequested',
  'question.registered': 'questionRegistered',
  'hypothesis.proposed': 'hypothesisProposed',
  'hypothesis.updated': 'hypothesisUpdated',
  'hypothesis.statusChanged': 'hypothesisStatusChanged',
  'qualityReport.filed': 'qualityReportFiled',
  'qualityReport.replied': 'qualityReportReplied',
  'qualityReport.confirmed': 'qualityReportConfirmed',
  'qualityReport.rejected': 'qualityReportRejected',
  'dataChange.flagged': 'dataChangeFlagged',
  'dataChange.acknowledged': 'dataChangeAcknowledged',
} as const satisfies Record<ProjectActivityAction, string>;
type KnownAction = keyof typeof ACTION_KEYS;

/** The key of an action's sentence (and of its count), or null for one this version does not know. */
export function activityKey(action: string): (typeof ACTION_KEYS)[KnownAction] | null {
  return isKnown(action) ? ACTION_KEYS[action] : null;
}

function isKnown(action: string): action is KnownAction {
  return Object.hasOwn(ACTION_KEYS, action);
}

/**
 * One sentence per activity record. Members are named when the caller can see them; actions this
 * version does not know yet are still listed, by their code, rather than hidden.
 */
export function useActivityText(nameOf: (userId: string) => string | undefined) {
  const { t } = useTranslation('projects');
  return (item: Activity): string => {
    const actor = item.actor?.name ?? t('activity.system');
    const person = (item.objectType === 'user' && nameOf(item.objectId)) || t('activity.someone');
    const sentence = isKnown(item.action)
      ? t(`activity.actions.${ACTION_KEYS[item.action]}`, { actor, person })
      : t('activity.actions.other', { actor, action: item.action });
    return item.result === 'refused' ? `${sentence} ${t('activity.refused')}` : sentence;
  };
}
