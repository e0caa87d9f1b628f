import { Injectable } from '@nestjs/common';
import { OPEN_HYPOTHESIS_STATUSES, VERDICTS, type HypothesisStatus } from '@ketenlab/domain';
import { DataSource } from 'typeorm';
import { Question } from '../questions/question.entity';
import { HypothesisTransition } from './hypothesis-transition.entity';
import { Hypothesis } from './hypothesis.entity';

export interface StatusCountRow {
  questionId: string;
  title: string;
  status: HypothesisStatus | null;
  count: number;
}

/**
 * The grouped queries behind a project's progress: each one statement whatever the number of
 * questions or hypotheses, and all filtered by the project first (indexed).
 */
@Injectable()
export class HypothesisProgressRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Per question and status, with a row (status null, count 0) for a question without any. */
  async countsByQuestion(projectId: string): Promise<StatusCountRow[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.manager
      .createQueryBuilder(Question, 'q')
      .leftJoin(Hypothesis, 'h', 'h.questionId = q.id')
      .select('q.id', 'questionId')
      .addSelect('q.title', 'title')
      .addSelect('q.createdAt', 'createdAt')
      .addSelect('h.status', 'status')
      .addSelect('COUNT(h.id)', 'count')
      .where('q.projectId = :projectId', { projectId })
      .groupBy('q.id')
      .addGroupBy('q.title')
      .addGroupBy('q.createdAt')
      .addGroupBy('h.status')
      .orderBy('q.createdAt', 'ASC')
      .addOrderBy('q.id', 'ASC')
      .getRawMany();
    return rows.map((row) => ({
      questionId: String(row['questionId']),
      title: String(row['title']),
      status: (row['status'] as HypothesisStatus | null) ?? null,
      count: Number(row['count']),
    }));
  }

  /** Verdict moves made in [start, end), per verdict. */
  async verdictsBetween(
    projectId: string,
    start: Date,
    end: Date,
  ): Promise<Array<{ status: HypothesisStatus; count: number }>> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.manager
      .createQueryBuilder(HypothesisTransition, 't')
      .innerJoin(Hypothesis, 'h', 'h.id = t.hypothesisId')
      .select('t.toStatus', 'status')
      .addSelect('COUNT(t.id)', 'count')
      .where('h.projectId = :projectId', { projectId })
      .andWhere('t.toStatus IN (:...verdicts)', { verdicts: [...VERDICTS] })
      .andWhere('t.createdAt >= :start AND t.createdAt < :end', { start, end })
      .groupBy('t.toStatus')
      .getRawMany();
    return rows.map((row) => ({
      status: row['status'] as HypothesisStatus,
      count: Number(row['count']),
    }));
  }

  /** Open hypotheses whose last activity is at or before `since`, longest quiet first. */
  stale(projectId: string, since: Date, first: number): Promise<[Hypothesis[], number]> {
    return this.dataSource.manager
      .createQueryBuilder(Hypothesis, 'h')
      .where('h.projectId = :projectId', { projectId })
      .andWhere('h.status IN (:...open)', { open: [...OPEN_HYPOTHESIS_STATUSES] })
      .andWhere('h.lastActivityAt <= :since', { since })
      .orderBy('h.lastActivityAt', 'ASC')
      .addOrderBy('h.id', 'ASC')
      .take(first)
      .getManyAndCount();
  }
}
