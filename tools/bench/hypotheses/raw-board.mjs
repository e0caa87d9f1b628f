// The same board by hand-written SQL: five statements, each joined by the project rather than
// by lists of ids, assembled into the same JSON the GraphQL query answers. This is the peer the
// API is measured against. It checks no credentials (the API's authentication is counted in its
// own statements).

/** The moves the project lead may make from each status (libs/domain HYPOTHESIS_TRANSITIONS). */
const LEAD_MOVES = {
  proposed: ['under_investigation', 'withdrawn'],
  under_investigation: ['supported', 'refuted', 'inconclusive', 'withdrawn'],
  supported: ['under_investigation'],
  refuted: ['under_investigation'],
  inconclusive: ['under_investigation'],
  withdrawn: [],
};

const SQL = {
  hypotheses: `SELECT h."id", h."questionId", h."statement", h."rationale", h."expectedDirection",
      h."status", h."createdAt", h."updatedAt", h."lastActivityAt", u."id" AS "ownerId",
      u."name" AS "ownerName"
    FROM "hypotheses" h JOIN "users" u ON u."id" = h."ownerId"
    WHERE h."projectId" = $1 ORDER BY h."createdAt", h."id"`,
  tags: `SELECT t."hypothesisId", t."tag" FROM "hypothesis_tags" t
    JOIN "hypotheses" h ON h."id" = t."hypothesisId" WHERE h."projectId" = $1 ORDER BY t."tag"`,
  partners: `SELECT p."hypothesisId", o."id", o."name" FROM "hypothesis_partners" p
    JOIN "hypotheses" h ON h."id" = p."hypothesisId"
    JOIN "organisations" o ON o."id" = p."organisationId" WHERE h."projectId" = $1`,
  transitions: `SELECT t."id", t."hypothesisId", t."fromStatus", t."toStatus", t."rationale",
      t."createdAt", u."id" AS "actorId", u."name" AS "actorName"
    FROM "hypothesis_transitions" t JOIN "hypotheses" h ON h."id" = t."hypothesisId"
    JOIN "users" u ON u."id" = t."actorId"
    WHERE h."projectId" = $1 ORDER BY t."hypothesisId", t."sequence"`,
  evidence: `SELECT e."id", e."transitionId", e."kind", e."targetId", e."quote", e."url", e."title"
    FROM "hypothesis_evidence" e JOIN "hypothesis_transitions" t ON t."id" = e."transitionId"
    JOIN "hypotheses" h ON h."id" = t."hypothesisId"
    WHERE h."projectId" = $1 ORDER BY e."transitionId", e."position"`,
};

/** Runs one statement with the project id; SQLite's prepared statements are kept. */
function runner(database) {
  if (database.kind === 'postgres') {
    return async (name, projectId) => (await database.db.query(SQL[name], [projectId])).rows;
  }
  const prepared = Object.fromEntries(
    Object.entries(SQL).map(([name, sql]) => [name, database.db.prepare(sql.replace('$1', '?'))]),
  );
  return async (name, projectId) => prepared[name].all(projectId);
}

/** SQLite keeps TypeORM dates as UTC text; PostgreSQL's driver gives Dates. */
const iso = (value) =>
  value instanceof Date ? value.toISOString() : `${String(value).replace(' ', 'T')}Z`;

function groupBy(rows, key) {
  const groups = new Map();
  for (const row of rows) {
    const list = groups.get(row[key]);
    if (list) list.push(row);
    else groups.set(row[key], [row]);
  }
  return groups;
}

/** A function that fetches the board of a project as the GraphQL answer's `data`. */
export function rawBoard(database) {
  const run = runner(database);
  return async (projectId) => {
    const hypotheses = await run('hypotheses', projectId);
    const tags = groupBy(await run('tags', projectId), 'hypothesisId');
    const partners = groupBy(await run('partners', projectId), 'hypothesisId');
    const transitions = groupBy(await run('transitions', projectId), 'hypothesisId');
    const evidence = groupBy(await run('evidence', projectId), 'transitionId');
    return {
      project: {
        id: projectId,
        hypotheses: hypotheses.map((h) => ({
          id: h.id,
          questionId: h.questionId,
          statement: h.statement,
          rationale: h.rationale,
          expectedDirection: h.expectedDirection,
          status: h.status,
          createdAt: iso(h.createdAt),
          updatedAt: iso(h.updatedAt),
          lastActivityAt: iso(h.lastActivityAt),
          owner: { id: h.ownerId, name: h.ownerName },
          partners: (partners.get(h.id) ?? []).map((p) => ({ id: p.id, name: p.name })),
          tags: (tags.get(h.id) ?? []).map((t) => t.tag),
          allowedTransitions: LEAD_MOVES[h.status],
          history: (transitions.get(h.id) ?? []).map((t) => ({
            id: t.id,
            from: t.fromStatus,
            to: t.toStatus,
            rationale: t.rationale,
            createdAt: iso(t.createdAt),
            by: { id: t.actorId, name: t.actorName },
            evidence: (evidence.get(t.id) ?? []).map((e) => ({
              id: e.id,
              kind: e.kind,
              targetId: e.targetId,
              quote: e.quote,
              url: e.url,
              title: e.title,
            })),
          })),
        })),
      },
    };
  };
}
