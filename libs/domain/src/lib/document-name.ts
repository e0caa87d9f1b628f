/**
 * A collaborative document is addressed as `<kind>.<uuid>`, e.g. `question.0b6f…`. The same
 * codec is used by the collaboration endpoint (`/collab/<name>`) and the web client.
 */
export const DOCUMENT_KINDS = ['question', 'conclusion'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * The Yjs field that holds a question's body (TipTap's Collaboration extension calls its
 * default `'default'`). The web editor binds to it; the API's text/HTML mirror, named versions
 * and restore read and write it. One constant, so an editor can never bind to a field nobody
 * else sees.
 */
export const BODY_FIELD = 'default';

export interface DocumentName {
  kind: DocumentKind;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export function formatDocumentName(name: DocumentName): string {
  if (!UUID.test(name.id)) throw new Error(`Not a document id: ${name.id}`);
  return `${name.kind}.${name.id}`;
}

/** Returns null for anything that is not exactly `<known kind>.<lowercase uuid>`. */
export function parseDocumentName(raw: string): DocumentName | null {
  const dot = raw.indexOf('.');
  if (dot < 0 || raw.length > 64) return null;
  const kind = raw.slice(0, dot);
  const id = raw.slice(dot + 1);
  if (!(DOCUMENT_KINDS as readonly string[]).includes(kind) || !UUID.test(id)) return null;
  return { kind: kind as DocumentKind, id };
}
