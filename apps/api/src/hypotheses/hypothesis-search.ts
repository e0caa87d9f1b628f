import type { SearchDocument } from '../search/search-index';
import type { Hypothesis } from './hypothesis.entity';

/** What search finds a hypothesis by: its statement first, then its rationale and tags. */
export function hypothesisSearchDocument(
  hypothesis: Hypothesis,
  tags: readonly string[],
): SearchDocument {
  return {
    kind: 'hypothesis',
    objectId: hypothesis.id,
    projectId: hypothesis.projectId,
    title: hypothesis.statement,
    body: [hypothesis.rationale, ...tags].join('\n'),
  };
}
