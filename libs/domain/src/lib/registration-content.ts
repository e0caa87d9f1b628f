import type { ExpectedDirection, HypothesisStatus } from './hypothesis';
import { lineChanges, type LineChange } from './line-changes';

/** A hypothesis as it stood when its question was registered. */
export interface RegisteredHypothesis {
  id: string;
  statement: string;
  rationale: string;
  expectedDirection: ExpectedDirection | null;
  /** Kept to show later moves as deviations; not part of the content hash. */
  status: HypothesisStatus;
}

/** What a registration freezes: the question text and the hypotheses under it. */
export interface RegistrationContent {
  title: string;
  bodyText: string;
  hypotheses: RegisteredHypothesis[];
}

/** Raised when the canonical form changes, so that old hashes can still be recomputed. */
export const REGISTRATION_HASH_VERSION = 1;

/** Unicode NFC, `\n` line ends and no outer white space: the same text hashes the same. */
function normal(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').trim();
}

/**
 * The one canonical form the content hash is taken over (sha256 of its UTF-8 bytes, hex):
 *
 *   {"v":1,"title":…,"body":…,"hypotheses":[{"statement":…,"rationale":…,"expectedDirection":…},…]}
 *
 * Keys in exactly this order, no white space (JSON.stringify), texts normalised as above, and
 * the hypotheses sorted by their own serialisation in code-unit order, so the hash depends on
 * what was registered and on nothing else: not on ids, creation order or status.
 */
export function canonicalRegistrationJson(content: RegistrationContent): string {
  const hypotheses = content.hypotheses
    .map((h) =>
      JSON.stringify({
        statement: normal(h.statement),
        rationale: normal(h.rationale),
        expectedDirection: h.expectedDirection ?? null,
      }),
    )
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return (
    `{"v":${REGISTRATION_HASH_VERSION},"title":${JSON.stringify(normal(content.title))}` +
    `,"body":${JSON.stringify(normal(content.bodyText))},"hypotheses":[${hypotheses.join(',')}]}`
  );
}

export const DEVIATION_KINDS = [
  'title_changed',
  'text_changed',
  'hypothesis_added',
  'hypothesis_removed',
  'hypothesis_changed',
] as const;
export type DeviationKind = (typeof DEVIATION_KINDS)[number];

export const DEVIATING_FIELDS = ['statement', 'rationale', 'expectedDirection', 'status'] as const;
export type DeviatingField = (typeof DEVIATING_FIELDS)[number];

/** One way the live question differs from what was registered. */
export interface Deviation {
  kind: DeviationKind;
  hypothesisId: string | null;
  field: DeviatingField | null;
  before: string | null;
  after: string | null;
  /** For `text_changed`: the lines removed and added. */
  lines: LineChange[];
  /** A one-line English summary, for API clients and logs; the web words its own. */
  summary: string;
}

const deviation = (d: Partial<Deviation> & Pick<Deviation, 'kind' | 'summary'>): Deviation => ({
  hypothesisId: null,
  field: null,
  before: null,
  after: null,
  lines: [],
  ...d,
});

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const quote = (text: string, max = 80) =>
  `"${text.length > max ? `${text.slice(0, max - 1)}…` : text}"`;

/**
 * Everything in `current` that differs from the `registered` content: the title, the body
 * (line by line), hypotheses added, removed, or with another statement, rationale, expected
 * direction or status. A hypothesis that was already withdrawn and is not registered is no
 * deviation; one added after the registration is, until it is withdrawn.
 */
export function registrationDeviations(
  registered: RegistrationContent,
  current: RegistrationContent,
): Deviation[] {
  const found: Deviation[] = [];
  if (normal(registered.title) !== normal(current.title)) {
    found.push(
      deviation({
        kind: 'title_changed',
        before: registered.title,
        after: current.title,
        summary: `Title changed from ${quote(registered.title)} to ${quote(current.title)}.`,
      }),
    );
  }
  const lines = lineChanges(normal(registered.bodyText), normal(current.bodyText));
  if (lines.length) {
    const added = lines.filter((l) => l.change === 'added').length;
    found.push(
      deviation({
        kind: 'text_changed',
        before: registered.bodyText,
        after: current.bodyText,
        lines,
        summary: `Question text changed: ${plural(added, 'line')} added, ${plural(lines.length - added, 'line')} removed.`,
      }),
    );
  }
  const now = new Map(current.hypotheses.map((h) => [h.id, h]));
  for (const before of registered.hypotheses) {
    const after = now.get(before.id);
    if (!after) {
      found.push(
        deviation({
          kind: 'hypothesis_removed',
          hypothesisId: before.id,
          before: before.statement,
          summary: `Hypothesis removed: ${quote(before.statement)}.`,
        }),
      );
      continue;
    }
    for (const field of DEVIATING_FIELDS) {
      const was = before[field] ?? null;
      const is = after[field] ?? null;
      const same =
        field === 'statement' || field === 'rationale'
          ? normal(String(was)) === normal(String(is))
          : was === is;
      if (same) continue;
      found.push(
        deviation({
          kind: 'hypothesis_changed',
          hypothesisId: before.id,
          field,
          before: was,
          after: is,
          summary: `Hypothesis ${quote(before.statement)}: ${field} changed from ${quote(was ?? 'none')} to ${quote(is ?? 'none')}.`,
        }),
      );
    }
  }
  const registeredIds = new Set(registered.hypotheses.map((h) => h.id));
  for (const h of current.hypotheses) {
    if (registeredIds.has(h.id) || h.status === 'withdrawn') continue;
    found.push(
      deviation({
        kind: 'hypothesis_added',
        hypothesisId: h.id,
        after: h.statement,
        summary: `Hypothesis added after registration: ${quote(h.statement)}.`,
      }),
    );
  }
  return found;
}
