import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

type Cleanup = (manager: EntityManager, questionId: string) => Promise<void>;

/**
 * What other domains keep about a question beyond foreign keys, which the database cascades:
 * their search entries. Each registers a cleanup at start (hypotheses do), so the questions
 * module imports none of them; deleting a question runs every cleanup in its own transaction,
 * before the rows they read are gone.
 */
@Injectable()
export class QuestionDependents {
  private readonly cleanups: Cleanup[] = [];

  register(cleanup: Cleanup): void {
    this.cleanups.push(cleanup);
  }

  async beforeDelete(manager: EntityManager, questionId: string): Promise<void> {
    for (const cleanup of this.cleanups) await cleanup(manager, questionId);
  }
}
