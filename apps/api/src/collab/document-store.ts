import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UnitOfWork } from '../database/unit-of-work';

export interface StoredDocument {
  /** Compacted state, or null before the first compaction. */
  snapshot: Uint8Array | null;
  /** Updates after (and possibly also covered by) the snapshot, oldest first. */
  updates: Uint8Array[];
  /** The highest update id read, so a compaction knows what it may fold away. */
  lastUpdateId: number;
}

/**
 * The storage of live documents: an append-only log of Yjs updates plus one snapshot per
 * document. Raw SQL because the columns are binary (bytea / blob). Writes go through UnitOfWork:
 * on SQLite there is one connection, and a write outside it could land in someone else's
 * transaction and roll back with it.
 */
@Injectable()
export class DocumentStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  private get postgres(): boolean {
    return this.dataSource.options.type === 'postgres';
  }

  /** A parameterised statement in the driver's dialect: every `${value}` becomes a parameter. */
  private sql(strings: TemplateStringsArray, ...values: unknown[]): [string, unknown[]] {
    const text = strings.reduce((query, part, i) => query + (this.postgres ? `$${i}` : '?') + part);
    return [text, values];
  }

  /** Appends in one statement: every entry is stored, or none is. */
  async append(entries: ReadonlyArray<{ documentName: string; data: Uint8Array }>): Promise<void> {
    if (!entries.length) return;
    const values = entries.flatMap((entry) => [
      entry.documentName,
      Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength),
    ]);
    const rows = entries.map((_, i) =>
      this.postgres ? `($${2 * i + 1}, $${2 * i + 2})` : '(?, ?)',
    );
    await this.unitOfWork.run((m) =>
      m.query(
        `INSERT INTO document_updates ("documentName", "data") VALUES ${rows.join(', ')}`,
        values,
      ),
    );
  }

  /**
   * Reads the tail before the snapshot: if another instance compacts in between, the newer
   * snapshot covers whatever it deleted, and applying an update twice is harmless in Yjs. The
   * other order could miss updates folded into a snapshot we did not see.
   */
  async load(documentName: string): Promise<StoredDocument> {
    const tail: Array<{ id: string | number; data: Buffer }> = await this.dataSource.query(
      ...this
        .sql`SELECT "id", "data" FROM document_updates WHERE "documentName" = ${documentName} ORDER BY "id"`,
    );
    const [snapshot]: Array<{ data: Buffer; lastUpdateId: string | number }> =
      await this.dataSource.query(
        ...this
          .sql`SELECT "data", "lastUpdateId" FROM document_snapshots WHERE "documentName" = ${documentName}`,
      );
    const since = snapshot ? Number(snapshot.lastUpdateId) : 0;
    const updates = tail.filter((row) => Number(row.id) > since);
    return {
      snapshot: snapshot ? new Uint8Array(snapshot.data) : null,
      updates: updates.map((row) => new Uint8Array(row.data)),
      lastUpdateId: Math.max(since, ...tail.map((row) => Number(row.id))),
    };
  }

  async tailLength(documentName: string): Promise<number> {
    const [row]: Array<{ n: string | number }> = await this.dataSource.query(
      ...this
        .sql`SELECT COUNT(*) AS n FROM document_updates u WHERE u."documentName" = ${documentName}
         AND u."id" > COALESCE((SELECT s."lastUpdateId" FROM document_snapshots s WHERE s."documentName" = ${documentName}), 0)`,
    );
    return Number(row.n);
  }

  /**
   * Replaces the snapshot with `state` (which covers every update up to `lastUpdateId`) and
   * deletes what it covers. A snapshot never moves backwards, so two instances compacting the
   * same document at once cannot delete updates that the surviving snapshot lacks.
   */
  async compact(documentName: string, state: Uint8Array, lastUpdateId: number): Promise<void> {
    await this.unitOfWork.run(async (m) => {
      await m.query(
        ...this.sql`INSERT INTO document_snapshots ("documentName", "data", "lastUpdateId")
         VALUES (${documentName}, ${Buffer.from(state)}, ${lastUpdateId})
         ON CONFLICT ("documentName") DO UPDATE SET "data" = excluded."data", "lastUpdateId" = excluded."lastUpdateId",
           "updatedAt" = CURRENT_TIMESTAMP
         WHERE document_snapshots."lastUpdateId" < excluded."lastUpdateId"`,
      );
      await m.query(
        ...this.sql`DELETE FROM document_updates WHERE "documentName" = ${documentName}
           AND "id" <= (SELECT "lastUpdateId" FROM document_snapshots WHERE "documentName" = ${documentName})`,
      );
    });
  }

  /** Forgets a document entirely (its question was deleted). */
  async remove(documentName: string): Promise<void> {
    await this.unitOfWork.run(async (m) => {
      await m.query(
        ...this.sql`DELETE FROM document_updates WHERE "documentName" = ${documentName}`,
      );
      await m.query(
        ...this.sql`DELETE FROM document_snapshots WHERE "documentName" = ${documentName}`,
      );
    });
  }
}
