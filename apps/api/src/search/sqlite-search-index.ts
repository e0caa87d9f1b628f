import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { excerpt, SearchDocument, SearchHit, SearchIndex } from './search-index';

/** SQLite FTS5 with unicode61 tokenizing and diacritics folded; terms match as prefixes. */
@Injectable()
export class SqliteSearchIndex extends SearchIndex {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async upsert(manager: EntityManager, doc: SearchDocument): Promise<void> {
    await this.remove(manager, doc.kind, doc.objectId);
    await manager.query(
      `INSERT INTO search_documents (kind, objectId, projectId, title, body) VALUES (?, ?, ?, ?, ?)`,
      [doc.kind, doc.objectId, doc.projectId, doc.title, doc.body],
    );
  }

  async remove(manager: EntityManager, kind: string, objectId: string): Promise<void> {
    await manager.query(`DELETE FROM search_documents WHERE kind = ? AND objectId = ?`, [
      kind,
      objectId,
    ]);
  }

  async query(terms: string[], projectIds: readonly string[], limit: number): Promise<SearchHit[]> {
    if (!terms.length || !projectIds.length) return [];
    const match = terms.map((term) => `"${term}"*`).join(' AND ');
    const rows: Array<Omit<SearchHit, 'snippet'> & { body: string }> = await this.dataSource.query(
      `SELECT kind, objectId, projectId, title, body, bm25(search_documents, 0, 0, 0, 4.0, 1.0) AS rank
         FROM search_documents
        WHERE search_documents MATCH ?
          AND projectId IN (${projectIds.map(() => '?').join(',')})
        ORDER BY rank LIMIT ?`,
      [match, ...projectIds, limit],
    );
    return rows.map(({ body, ...hit }) => ({
      ...hit,
      rank: -hit.rank,
      snippet: excerpt(body, terms),
    }));
  }
}
