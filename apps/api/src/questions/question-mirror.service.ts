import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work';
import { SearchIndex } from '../search/search-index';
import { QuestionsRepository } from './questions.repository';

/** Keeps a question's text/HTML mirror and its search entry in step with the live body. */
@Injectable()
export class QuestionMirrorService {
  constructor(
    private readonly questions: QuestionsRepository,
    private readonly search: SearchIndex,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async refresh(questionId: string, text: string, html: string): Promise<void> {
    const question = await this.questions.findById(questionId);
    if (!question) return;
    if (text === question.bodyText && html === question.bodyHtml) return;
    await this.unitOfWork.run(async (m) => {
      await this.questions.updateMirror(m, questionId, text, html);
      await this.search.upsert(m, {
        kind: 'question',
        objectId: questionId,
        projectId: question.projectId,
        title: question.title,
        body: text,
      });
    });
  }
}
