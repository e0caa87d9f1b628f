import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Runs work in one transaction. SQLite has a single connection, and TypeORM would interleave
 * two concurrent transactions on it, so there they take turns; PostgreSQL gets real concurrency.
 * Side effects that must not happen for a rolled-back change (live events) wait for the commit.
 */
@Injectable()
export class UnitOfWork {
  private turn: Promise<unknown> = Promise.resolve();
  private readonly committed = new WeakMap<EntityManager, Array<() => void>>();

  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.dataSource.options.type === 'postgres') return this.transaction(work);
    const result = this.turn.then(() => this.transaction(work));
    this.turn = result.catch(() => undefined);
    return result;
  }

  /** Runs `effect` once the transaction of `manager` has committed; never if it rolls back. */
  afterCommit(manager: EntityManager, effect: () => void): void {
    const effects = this.committed.get(manager);
    if (!effects) throw new Error('afterCommit needs a manager from UnitOfWork.run');
    effects.push(effect);
  }

  private async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const effects: Array<() => void> = [];
    const result = await this.dataSource.transaction((manager) => {
      this.committed.set(manager, effects);
      return work(manager);
    });
    for (const effect of effects) effect();
    return result;
  }
}
