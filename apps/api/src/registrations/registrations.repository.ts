import { Injectable } from '@nestjs/common';
import { PROJECT_ROLES, allowsProject, type RegistrationStatus } from '@ketenlab/domain';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { User } from '../accounts/user.entity';
import { ProjectMember } from '../projects/project-member.entity';
import { Question } from '../questions/question.entity';
import { QuestionRegistration } from './question-registration.entity';
import { RegistrationSignOff } from './registration-sign-off.entity';

const SIGNING_ROLES = PROJECT_ROLES.filter((role) =>
  allowsProject('question.signOffRegistration', role),
);

@Injectable()
export class RegistrationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get manager(): EntityManager {
    return this.dataSource.manager;
  }

  private lock(manager: EntityManager) {
    return manager.connection.options.type === 'postgres'
      ? { lock: { mode: 'pessimistic_write' as const } }
      : {};
  }

  /** Serialises requests for one question (SQLite's UnitOfWork already takes turns). */
  async lockQuestion(manager: EntityManager, questionId: string): Promise<void> {
    await manager.findOne(Question, { where: { id: questionId }, ...this.lock(manager) });
  }

  findById(id: string, manager: EntityManager = this.manager) {
    return manager.findOneBy(QuestionRegistration, { id });
  }

  /** The round, locked against concurrent sign-offs until the transaction ends. */
  lockRound(manager: EntityManager, id: string): Promise<QuestionRegistration | null> {
    return manager.findOne(QuestionRegistration, { where: { id }, ...this.lock(manager) });
  }

  async projectIdOf(id: string): Promise<string | null> {
    const row = await this.manager.findOne(QuestionRegistration, {
      where: { id },
      select: { projectId: true },
    });
    return row?.projectId ?? null;
  }

  /** Every round of a question, newest first. */
  roundsOf(questionId: string): Promise<QuestionRegistration[]> {
    return this.manager.find(QuestionRegistration, {
      where: { questionId },
      order: { round: 'DESC' },
    });
  }

  /** The registration in force: the newest registered round. */
  inForce(questionId: string): Promise<QuestionRegistration | null> {
    return this.manager.findOne(QuestionRegistration, {
      where: { questionId, status: 'registered' },
      order: { round: 'DESC' },
    });
  }

  async nextRound(manager: EntityManager, questionId: string): Promise<number> {
    const row = await manager
      .createQueryBuilder(QuestionRegistration, 'r')
      .select('MAX(r.round)', 'last')
      .where('r.questionId = :questionId', { questionId })
      .getRawOne<{ last: number | string | null }>();
    return Number(row?.last ?? 0) + 1;
  }

  /** Closes the question's open rounds as superseded; returns how many there were. */
  async supersedeOpen(manager: EntityManager, questionId: string, at: Date): Promise<number> {
    const result = await manager.update(
      QuestionRegistration,
      { questionId, status: 'requested' },
      { status: 'superseded', closedAt: at },
    );
    return result.affected ?? 0;
  }

  async create(
    manager: EntityManager,
    round: QuestionRegistration,
    organisationIds: readonly string[],
  ): Promise<void> {
    await manager.insert(QuestionRegistration, round);
    await manager.insert(
      RegistrationSignOff,
      organisationIds.map((organisationId, position) => ({
        registrationId: round.id,
        organisationId,
        position,
        decision: null,
        decidedById: null,
        reason: '',
        decidedAt: null,
      })),
    );
  }

  /** Records a decision only if the organisation has none yet; false when it had one. */
  async decide(
    manager: EntityManager,
    decision: Pick<
      RegistrationSignOff,
      'registrationId' | 'organisationId' | 'decision' | 'decidedById' | 'reason' | 'decidedAt'
    >,
  ): Promise<boolean> {
    const { registrationId, organisationId, ...values } = decision;
    const result = await manager.update(
      RegistrationSignOff,
      { registrationId, organisationId, decision: IsNull() },
      values,
    );
    return result.affected === 1;
  }

  async close(
    manager: EntityManager,
    id: string,
    status: RegistrationStatus,
    at: Date,
  ): Promise<void> {
    await manager.update(QuestionRegistration, { id }, { status, closedAt: at });
  }

  signOffsOf(
    registrationIds: readonly string[],
    manager: EntityManager = this.manager,
  ): Promise<RegistrationSignOff[]> {
    return manager.find(RegistrationSignOff, {
      where: { registrationId: In([...registrationIds]) },
      order: { registrationId: 'ASC', position: 'ASC' },
    });
  }

  /** Organisations among `organisationIds` with an active member who may sign off. */
  async organisationsWithSigners(
    projectId: string,
    organisationIds: readonly string[],
  ): Promise<Set<string>> {
    if (!organisationIds.length) return new Set();
    const rows = await this.manager
      .createQueryBuilder(ProjectMember, 'm')
      .innerJoin(User, 'u', 'u.id = m.userId')
      .select('DISTINCT u.organisationId', 'organisationId')
      .where('m.projectId = :projectId', { projectId })
      .andWhere('m.role IN (:...roles)', { roles: SIGNING_ROLES })
      .andWhere('u.deactivatedAt IS NULL')
      .andWhere('u.organisationId IN (:...organisationIds)', { organisationIds })
      .getRawMany<{ organisationId: string }>();
    return new Set(rows.map((row) => row.organisationId));
  }

  /** Active members of these organisations who may sign off in the project (to tell them). */
  async signers(projectId: string, organisationIds: readonly string[]): Promise<User[]> {
    if (!organisationIds.length) return [];
    return this.manager
      .createQueryBuilder(User, 'u')
      .innerJoin(ProjectMember, 'm', 'm.userId = u.id AND m.projectId = :projectId', { projectId })
      .where('m.role IN (:...roles)', { roles: SIGNING_ROLES })
      .andWhere('u.deactivatedAt IS NULL')
      .andWhere('u.organisationId IN (:...organisationIds)', { organisationIds })
      .getMany();
  }
}
