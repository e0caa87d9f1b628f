import { isExternalSourceUrl, LIMITS } from '@ketenlab/domain';
import type { EvidenceInput } from '../../../gql/graphql';

/**
 * The kinds of evidence the move dialog offers. Datasets are missing on purpose: the API
 * refuses to cite one until datasets say which project may cite them (evidence-targets.ts).
 */
export const OFFERED_EVIDENCE_KINDS = ['external', 'question_version', 'question_passage'] as const;
export type OfferedEvidenceKind = (typeof OFFERED_EVIDENCE_KINDS)[number];

/** One piece of evidence as the dialog edits it; only the fields of its kind are sent. */
export interface EvidenceDraft {
  key: number;
  kind: OfferedEvidenceKind;
  url: string;
  title: string;
  versionId: string;
  quote: string;
}

export type EvidenceField = 'url' | 'title' | 'targetId' | 'quote';

/** Paths as the API names them (`evidence.0.url`), so its refusals land on the same field. */
export const evidencePath = (index: number, field: EvidenceField) =>
  `evidence.${index}.${field}` as const;

export function newEvidenceDraft(key: number): EvidenceDraft {
  return { key, kind: 'external', url: '', title: '', versionId: '', quote: '' };
}

/** What is missing or wrong in each draft, by API path; empty when all can be sent. */
export function checkEvidence(drafts: readonly EvidenceDraft[]): Map<string, EvidenceField> {
  const problems = new Map<string, EvidenceField>();
  drafts.forEach((draft, index) => {
    const flag = (field: EvidenceField) => problems.set(evidencePath(index, field), field);
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
    }
  });
  return problems;
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
  }
}
