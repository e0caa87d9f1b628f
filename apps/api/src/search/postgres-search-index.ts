import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { excerpt, SearchDocument, SearchHit, SearchIndex } from './search-index';

/**
 * PostgreSQL full text with the Dutch configuration (stemming, stop words) plus accent folding
 * (`ketenlab_dutch`, see the search-folds-diacritics migration); prefix terms.
 */
@Injectable()
export class PostgresSearchIndex extends SearchIndex {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async upsert(manager: EntityManager, doc: SearchDocument): Promise<void> {
    await manager.query(
      `INSERT INTO search_documents (kind, "objectId", "projectId", title, body) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (kind, "objectId") DO UPDATE SET "projectId" = $3, title = $4, body = $5`,
      [doc.kind, doc.objectId, doc.projectId, doc.title, doc.body],
    );
  }

  async remove(manager: EntityManager, kind: string, objectId: string): Promise<void> {
    await manager.query(`DELETE FROM search_documents WHERE kind = $1 AND "objectId" = $2`, [
      kind,
      objectId,
    ]);
  }

  async query(terms: string[], projectIds: readonly string[], limit: number): Promise<SearchHit[]> {
    if (!terms.length || !projectIds.length) return [];
    // Terms are letters and digits only (see searchTerms), so `:*` prefix syntax is safe here.
    const tsquery = terms.map((term) => `${term}:*`).join(' & ');
    const rows: Array<Omit<SearchHit, 'snippet'> & { body: string }> = await this.dataSource.query(
      `SELECT kind, "objectId", "projectId", title, body, ts_rank(document, q) AS rank
         FROM search_documents, to_tsquery('ketenlab_dutch', $1) q
        WHERE document @@ q AND "projectId" = ANY($2::uuid[])
        ORDER BY rank DESC LIMIT $3`,
      [tsquery, projectIds, limit],
    );
    return rows.map(({ body, ...hit }) => ({
      ...hit,
      rank: Number(hit.rank),
      snippet: excerpt(body, terms),
    }));
  }
}
