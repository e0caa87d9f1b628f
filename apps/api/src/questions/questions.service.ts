import { Injectable } from '@nestjs/common';
import { formatDocumentName, type ProjectActivityAction } from '@ketenlab/domain';
import { randomUUID } from 'node:crypto';
import { signedInUser, type Principal } from '../auth/principal';
import { ActivityService } from '../activity/activity.service';
import { UnitOfWork } from '../database/unit-of-work';
import { SearchIndex } from '../search/search-index';
import { LiveDocuments } from './live-documents';
import { QuestionDependents } from './question-dependents';
import { Question } from './question.entity';
import type {
  CreateQuestionInput,
  RenameQuestionInput,
  SetQuestionStatusInput,
} from './questions.inputs';
import { QuestionsRepository } from './questions.repository';

export const questionDocument = (id: string) => formatDocumentName({ kind: 'question', id });

@Injectable()
export class QuestionsService {
  constructor(
    private readonly questions: QuestionsRepository,
    private readonly live: LiveDocuments,
    private readonly search: SearchIndex,
    private readonly activity: ActivityService,
    private readonly unitOfWork: UnitOfWork,
    private readonly dependents: QuestionDependents,
  ) {}

  listByProject(projectId: string): Promise<Question[]> {
    return this.questions.listByProject(projectId);
  }

  /** Only called behind a guard that found the question, so it exists. */
  async get(id: string): Promise<Question> {
    return (await this.questions.findById(id))!;
  }

  create(input: CreateQuestionInput, principal: Principal): Promise<Question> {
    const question = Object.assign(new Question(), {
      id: randomUUID(),
      projectId: input.projectId,
      title: input.title.trim(),
      status: 'draft',
      createdById: signedInUser(principal).id,
      bodyText: '',
      bodyHtml: '',
    });
    return this.write(question, principal, 'question.created');
  }

  async rename(input: RenameQuestionInput, principal: Principal): Promise<Question> {
    const question = await this.get(input.id);
    const from = question.title;
    question.title = input.title.trim();
    return this.write(question, principal, 'question.renamed', { from });
  }

  async setStatus(input: SetQuestionStatusInput, principal: Principal): Promise<Question> {
    const question = await this.get(input.id);
    const from = question.status;
    question.status = input.status;
    return this.write(question, principal, 'question.statusChanged', { from, to: input.status });
  }

  async delete(id: string, principal: Principal): Promise<void> {
    const question = await this.get(id);
    await this.unitOfWork.run(async (m) => {
      await this.dependents.beforeDelete(m, id);
      await this.questions.delete(m, id);
      await this.search.remove(m, 'question', id);
      await this.activity.record(m, principal, {
        action: 'question.deleted',
        objectType: 'question',
        objectId: id,
        projectId: question.projectId,
        detail: { title: question.title },
      });
    });
    await this.live.discard(questionDocument(id));
  }

  private write(
    question: Question,
    principal: Principal,
    action: ProjectActivityAction,
    detail?: Record<string, unknown>,
  ) {
    return this.unitOfWork.run(async (m) => {
      const saved = await this.questions.save(m, question);
      await this.search.upsert(m, {
        kind: 'question',
        objectId: saved.id,
        projectId: saved.projectId,
        title: saved.title,
        body: saved.bodyText,
      });
      await this.activity.record(m, principal, {
        action,
        objectType: 'question',
        objectId: saved.id,
        projectId: saved.projectId,
        detail,
      });
      return saved;
    });
  }
}
