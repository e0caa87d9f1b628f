import { LIMITS, type ExpectedDirection } from '@ketenlab/domain';
import type { FieldErrors } from '../../../shared/forms';
import { parseTags, tagsFit } from './tag-list';

/** What a hypothesis says and whom it concerns, as the propose and edit forms hold it. */
export interface HypothesisDraft {
  statement: string;
  rationale: string;
  direction: ExpectedDirection | 'none';
  partnerIds: readonly string[];
  tagText: string;
}

/** The draft's fields in page order, named as the API names them so its refusals land there. */
export const HYPOTHESIS_DRAFT_FIELDS = [
  'statement',
  'rationale',
  'expectedDirection',
  'partnerOrganisationIds',
  'tags',
] as const;
type HypothesisDraftField = (typeof HYPOTHESIS_DRAFT_FIELDS)[number];

/** How a form hands its draft to the shared field groups; ids and errors are the form's own. */
export interface HypothesisDraftFieldsProps {
  ids: Record<HypothesisDraftField, string>;
  draft: HypothesisDraft;
  onChange: (change: Partial<HypothesisDraft>) => void;
  errors: FieldErrors<HypothesisDraftField>;
}

interface HypothesisDraftProblems {
  statement?: 'required' | 'tooShort';
  tags?: 'unfit';
}

/**
 * What the API would refuse in the draft, found before sending. The claim (statement,
 * rationale, direction) is checked only where it is shown: a closed hypothesis keeps its own.
 */
export function hypothesisDraftProblems(
  draft: HypothesisDraft,
  { claim }: { claim: boolean },
): HypothesisDraftProblems {
  const problems: HypothesisDraftProblems = {};
  if (claim) {
    const statement = draft.statement.trim();
    if (!statement) problems.statement = 'required';
    else if (statement.length < LIMITS.hypothesisStatementMin) problems.statement = 'tooShort';
  }
  if (!tagsFit(parseTags(draft.tagText))) problems.tags = 'unfit';
  return problems;
}
