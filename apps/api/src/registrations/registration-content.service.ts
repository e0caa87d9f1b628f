import { Injectable } from '@nestjs/common';
import type { RegistrationContent } from '@ketenlab/domain';
import { HypothesesRepository } from '../hypotheses/hypotheses.repository';
import { LiveDocuments } from '../questions/live-documents';
import { bodyText } from '../questions/question-mirror';
import type { Question } from '../questions/question.entity';
import { questionDocument } from '../questions/questions.service';

/**
 * What a question says right now, in the shape a registration freezes. The body is read from
 * the live document, not the mirror, which trails edits by a moment: what partners are asked to
 * sign, and what is compared with it, is the text as it stands.
 */
@Injectable()
export class RegistrationContentService {
  constructor(
    private readonly hypotheses: HypothesesRepository,
    private readonly live: LiveDocuments,
  ) {}

  async current(question: Question): Promise<RegistrationContent> {
    const [doc, hypotheses] = await Promise.all([
      this.live.read(questionDocument(question.id)),
      this.hypotheses.board(question.projectId, { questionId: question.id }),
    ]);
    return {
      title: question.title,
      bodyText: bodyText(doc),
      hypotheses: hypotheses.map((h) => ({
        id: h.id,
        statement: h.statement,
        rationale: h.rationale,
        expectedDirection: h.expectedDirection,
        status: h.status,
      })),
    };
  }
}
