import { isExternalSourceUrl, LIMITS } from '@ketenlab/domain';
import type { EvidenceInput } from '../../../gql/graphql';

/** The kinds of evidence the move dialog offers; a dataset must be one of the same project. */
export const OFFERED_EVIDENCE_KINDS = [
  'external',
  'question_version',
  'question_passage',
  'dataset',
] as const;
export type OfferedEvidenceKind = (typeof OFFERED_EVIDENCE_KINDS)[number];

/** One piece of evidence as the dialog edits it; only the fields of its kind are sent. */
export interface EvidenceDraft {
  key: number;
  kind: OfferedEvidenceKind;
  url: string;
  title: string;
  versionId: string;
  datasetId: string;
  quote: string;
}

export type EvidenceField = 'url' | 'title' | 'targetId' | 'quote';

/** What is wrong, to pick the message: a missing dataset and a missing version share a path. */
export type EvidenceProblem = EvidenceField | 'datasetId';

/** Paths as the API names them (`evidence.0.url`), so its refusals land on the same field. */
export const evidencePath = (index: number, field: EvidenceField) =>
  `evidence.${index}.${field}` as const;

export function newEvidenceDraft(key: number): EvidenceDraft {
  return { key, kind: 'external', url: '', title: '', versionId: '', datasetId: '', quote: '' };
}

/** What is missing or wrong in each draft, by API path; empty when all can be sent. */
export function checkEvidence(drafts: readonly EvidenceDraft[]): Map<string, EvidenceProblem> {
  const problems = new Map<string, EvidenceProblem>();
  drafts.forEach((draft, index) => {
    const flag = (field: EvidenceField, problem: EvidenceProblem = field) =>
      problems.set(evidencePath(index, field), problem);
    switch (draft.kind) {
      case 'external':
        if (!isExternalSourceUrl(draft.url.trim()) || draft.url.length > LIMITS.evidenceUrlMax)
          flag('url');
        if (!draft.title.trim()) flag('title');
        break;
      case 'question_version':
        if (!draft.versionId) flag('targetId');
        break;
      case 'question_passage':
        if (!draft.quote.trim()) flag('quote');
        break;
      case 'dataset':
        if (!draft.datasetId) flag('targetId', 'datasetId');
        break;
    }
  });
  return problems;
}

/** The message key for the API's refusal of a draft's field, told apart by the draft's kind. */
export function evidenceProblemAt(
  drafts: readonly EvidenceDraft[],
  path: string,
  field: EvidenceField,
): EvidenceProblem {
  const draft = drafts[Number(path.split('.')[1])];
  return field === 'targetId' && draft?.kind === 'dataset' ? 'datasetId' : field;
}

/** The API input for a draft; a passage is cited from the hypothesis's own question. */
export function toEvidenceInput(draft: EvidenceDraft, questionId: string): EvidenceInput {
  switch (draft.kind) {
    case 'external':
      return { kind: 'external', url: draft.url.trim(), title: draft.title.trim() };
    case 'question_version':
      return { kind: 'question_version', targetId: draft.versionId };
    case 'question_passage':
      return { kind: 'question_passage', targetId: questionId, quote: draft.quote.trim() };
    case 'dataset':
      return { kind: 'dataset', targetId: draft.datasetId };
  }
}
