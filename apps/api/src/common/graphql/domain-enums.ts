import { registerEnumType } from '@nestjs/graphql';
import {
  EVIDENCE_KINDS,
  EXPECTED_DIRECTIONS,
  HYPOTHESIS_STATUSES,
  NOTIFICATION_KINDS,
  ORGANISATION_KINDS,
  PROJECT_PHASES,
  PROJECT_RELATIONS,
  PROJECT_ROLES,
  PROJECT_VISIBILITIES,
  QUESTION_STATUSES,
} from '@ketenlab/domain';

/** GraphQL enums are made from the domain's value lists, so both sides share one definition. */
function enumOf<T extends string>(values: readonly T[], name: string, description: string) {
  const object = Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
  registerEnumType(object, { name, description });
  return object;
}

export const ProjectRoleEnum = enumOf(PROJECT_ROLES, 'ProjectRole', 'A role inside one project.');
export const ProjectRelationEnum = enumOf(
  PROJECT_RELATIONS,
  'ProjectRelation',
  'How the caller relates to a project: a role, visitor (may see it), or outsider.',
);
export const ProjectPhaseEnum = enumOf(PROJECT_PHASES, 'ProjectPhase', 'Where a project stands.');
export const ProjectVisibilityEnum = enumOf(
  PROJECT_VISIBILITIES,
  'ProjectVisibility',
  'Who may see a project beyond its members.',
);
export const OrganisationKindEnum = enumOf(
  ORGANISATION_KINDS,
  'OrganisationKind',
  'The municipality itself or a chain partner.',
);
export const QuestionStatusEnum = enumOf(
  QUESTION_STATUSES,
  'QuestionStatus',
  'Where a research question stands: draft, in review, or agreed by the partners.',
);
export const HypothesisStatusEnum = enumOf(
  HYPOTHESIS_STATUSES,
  'HypothesisStatus',
  'Where a hypothesis stands: proposed, under investigation, a verdict, or withdrawn.',
);
export const ExpectedDirectionEnum = enumOf(
  EXPECTED_DIRECTIONS,
  'ExpectedDirection',
  'The effect a hypothesis predicts.',
);
export const EvidenceKindEnum = enumOf(
  EVIDENCE_KINDS,
  'EvidenceKind',
  'What a piece of evidence points at.',
);
export const NotificationKindEnum = enumOf(
  NOTIFICATION_KINDS,
  'NotificationKind',
  'What a notification is about.',
);
