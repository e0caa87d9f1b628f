import type { EntityManager } from 'typeorm';

/** What the index holds for one searchable object. */
export interface SearchDocument {
  kind: string;
  objectId: string;
  /** The project that decides who may see the hit; null for platform-wide objects. */
  projectId: string | null;
  title: string;
  body: string;
}

export interface SearchHit {
  kind: string;
  objectId: string;
  projectId: string | null;
  title: string;
  snippet: string;
  rank: number;
}

/**
 * One interface over each database's full-text search. Writes take the caller's transaction,
 * so the index never disagrees with the data it describes.
 */
export abstract class SearchIndex {
  abstract upsert(manager: EntityManager, document: SearchDocument): Promise<void>;
  abstract remove(manager: EntityManager, kind: string, objectId: string): Promise<void>;
  /** Hits among `projectIds` only: permission filtering happens inside the query. */
  abstract query(
    terms: string[],
    projectIds: readonly string[],
    limit: number,
  ): Promise<SearchHit[]>;
}

/** Words of a free-text query, letters and digits only: nothing reaches a query parser raw. */
export function searchTerms(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
}

/** A short excerpt of `body` around the first term that occurs in it. */
export function excerpt(body: string, terms: readonly string[], width = 160): string {
  const lower = body.toLowerCase();
  const at = Math.max(
    0,
    Math.min(...terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0), body.length),
  );
  const start = at === body.length ? 0 : Math.max(0, at - width / 4);
  const text = body.slice(start, start + width).trim();
  return (start > 0 ? '…' : '') + text + (start + width < body.length ? '…' : '');
}
