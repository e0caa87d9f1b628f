import type { UpdateHypothesisInput } from '../../../../gql/graphql';
import type { HypothesisDraft } from '../../form/hypothesis-draft';
import { parseTags } from '../../form/tag-list';

/** The hypothesis as it is, and as the edit form holds it: the shared draft plus its owner. */
export interface HypothesisEditDraft extends HypothesisDraft {
  ownerId: string;
}

export interface HypothesisEditRights {
  /** What it says changes only while it is open; the API refuses it afterwards. */
  open: boolean;
  /** Only those who may reassign send an owner. */
  mayReassign: boolean;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item) => b.includes(item));

/**
 * The update to send: only the fields that changed and that the caller may change, so an
 * edit of the tags of a closed hypothesis is not refused for its unchanged statement.
 */
export function hypothesisUpdate(
  id: string,
  before: HypothesisEditDraft,
  after: HypothesisEditDraft,
  rights: HypothesisEditRights,
): UpdateHypothesisInput {
  const input: UpdateHypothesisInput = { id };
  if (rights.open) {
    if (after.statement.trim() !== before.statement.trim())
      input.statement = after.statement.trim();
    if (after.rationale.trim() !== before.rationale.trim())
      input.rationale = after.rationale.trim();
    if (after.direction !== before.direction)
      input.expectedDirection = after.direction === 'none' ? null : after.direction;
  }
  if (!sameSet(after.partnerIds, before.partnerIds))
    input.partnerOrganisationIds = [...after.partnerIds];
  const tags = parseTags(after.tagText);
  if (!sameSet(tags, parseTags(before.tagText))) input.tags = tags;
  if (rights.mayReassign && after.ownerId && after.ownerId !== before.ownerId)
    input.ownerId = after.ownerId;
  return input;
}
