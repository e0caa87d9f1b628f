import { registerEnumType } from '@nestjs/graphql';
import {
  ACCESS_CLASSES,
  DATA_CHANGE_REASONS,
  DATASET_LICENCES,
  DATASET_THEMES,
  DEVIATING_FIELDS,
  DEVIATION_KINDS,
  REGISTRATION_STATUSES,
  SIGN_OFF_DECISIONS,
  EVIDENCE_KINDS,
  EXPECTED_DIRECTIONS,
  HYPOTHESIS_STATUSES,
  NOTIFICATION_KINDS,
  ORGANISATION_KINDS,
  PROJECT_PHASES,
  PROJECT_RELATIONS,
  PROJECT_ROLES,
  PROJECT_VISIBILITIES,
  QUALITY_DIMENSIONS,
  QUALITY_REPORT_MOVES,
  QUALITY_REPORT_STATES,
  QUESTION_STATUSES,
  UPDATE_FREQUENCIES,
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
export const AccessClassEnum = enumOf(
  ACCESS_CLASSES,
  'AccessClass',
  'Who the data is meant for: open, internal, confidential, or personal data (needs a legal basis).',
);
export const UpdateFrequencyEnum = enumOf(
  UPDATE_FREQUENCIES,
  'UpdateFrequency',
  'How often a dataset is meant to be updated (EU frequency vocabulary).',
);
export const DatasetThemeEnum = enumOf(
  DATASET_THEMES,
  'DatasetTheme',
  'The EU data theme of a dataset, by its authority code.',
);
export const DatasetLicenceEnum = enumOf(
  DATASET_LICENCES,
  'DatasetLicence',
  'The licence of a dataset; proprietary for data that is not open.',
);
export const RegistrationStatusEnum = enumOf(
  REGISTRATION_STATUSES,
  'RegistrationStatus',
  'Where a registration round stands: requested, registered, changes requested, or superseded.',
);
export const SignOffDecisionEnum = enumOf(
  SIGN_OFF_DECISIONS,
  'SignOffDecision',
  "An organisation's answer to a registration request.",
);
export const DeviationKindEnum = enumOf(
  DEVIATION_KINDS,
  'DeviationKind',
  'How the live question differs from its registration.',
);
export const DeviatingFieldEnum = enumOf(
  DEVIATING_FIELDS,
  'DeviatingField',
  'Which part of a registered hypothesis changed.',
);
export const LineChangeKindEnum = enumOf(
  ['added', 'removed'] as const,
  'LineChangeKind',
  'Whether a line of text was added or removed.',
);
export const QualityDimensionEnum = enumOf(
  QUALITY_DIMENSIONS,
  'QualityDimension',
  'What a quality report doubts: completeness, timeliness, accuracy or consistency.',
);
export const QualityReportStateEnum = enumOf(
  QUALITY_REPORT_STATES,
  'QualityReportState',
  'Where a quality report stands: open, answered by the owner, confirmed or rejected.',
);
export const QualityReportMoveEnum = enumOf(
  QUALITY_REPORT_MOVES,
  'QualityReportMove',
  'What one can do to an unresolved quality report.',
);
export const DataChangeReasonEnum = enumOf(
  DATA_CHANGE_REASONS,
  'DataChangeReason',
  'Why something relying on a dataset is flagged: a new version, or a confirmed quality report.',
);
export const NotificationKindEnum = enumOf(
  NOTIFICATION_KINDS,
  'NotificationKind',
  'What a notification is about.',
);
