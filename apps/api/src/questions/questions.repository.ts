import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { QuestionVersion } from './question-version.entity';
import { Question } from './question.entity';

@Injectable()
export class QuestionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string): Promise<Question | null> {
    return this.dataSource.manager.findOneBy(Question, { id });
  }

  async projectIdOf(id: string): Promise<string | null> {
    const row = await this.dataSource.manager.findOne(Question, {
      where: { id },
      select: { projectId: true },
    });
    return row?.projectId ?? null;
  }

  listByProject(projectId: string): Promise<Question[]> {
    return this.dataSource.manager.find(Question, {
      where: { projectId },
      order: { createdAt: 'ASC' },
    });
  }

  save(manager: EntityManager, question: Question): Promise<Question> {
    return manager.save(Question, question);
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(Question, { id });
  }

  async updateMirror(
    manager: EntityManager,
    id: string,
    bodyText: string,
    bodyHtml: string,
  ): Promise<void> {
    await manager.update(Question, { id }, { bodyText, bodyHtml });
  }

  createVersion(manager: EntityManager, version: QuestionVersion): Promise<QuestionVersion> {
    return manager.save(QuestionVersion, version);
  }

  versionsOf(questionId: string): Promise<QuestionVersion[]> {
    return this.dataSource.manager.find(QuestionVersion, {
      where: { questionId },
      order: { createdAt: 'DESC' },
    });
  }

  findVersion(id: string): Promise<QuestionVersion | null> {
    return this.dataSource.manager.findOneBy(QuestionVersion, { id });
  }

  async projectIdOfVersion(id: string): Promise<string | null> {
    const version = await this.dataSource.manager.findOne(QuestionVersion, {
      where: { id },
      select: { questionId: true },
    });
    return version ? this.projectIdOf(version.questionId) : null;
  }
}
