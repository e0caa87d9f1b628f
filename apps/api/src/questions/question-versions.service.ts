import { Injectable } from '@nestjs/common';
import { BODY_FIELD } from '@ketenlab/domain';
import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { signedInUser, type Principal } from '../auth/principal';
import { ActivityService } from '../activity/activity.service';
import { UnitOfWork } from '../database/unit-of-work';
import { LiveDocuments } from './live-documents';
import { bodyHtml, bodyText } from './question-mirror';
import { QuestionMirrorService } from './question-mirror.service';
import { QuestionVersion } from './question-version.entity';
import { questionDocument } from './questions.service';
import { QuestionsRepository } from './questions.repository';

@Injectable()
export class QuestionVersionsService {
  constructor(
    private readonly questions: QuestionsRepository,
    private readonly live: LiveDocuments,
    private readonly mirror: QuestionMirrorService,
    private readonly activity: ActivityService,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  list(questionId: string): Promise<QuestionVersion[]> {
    return this.questions.versionsOf(questionId);
  }

  async get(id: string): Promise<QuestionVersion> {
    return (await this.questions.findVersion(id))!;
  }

  async save(questionId: string, name: string, principal: Principal): Promise<QuestionVersion> {
    const question = (await this.questions.findById(questionId))!;
    const doc = await this.live.read(questionDocument(questionId));
    return this.unitOfWork.run(async (m) => {
      const version = await this.questions.createVersion(
        m,
        Object.assign(new QuestionVersion(), {
          id: randomUUID(),
          questionId,
          name: name.trim(),
          state: Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64'),
          bodyText: bodyText(doc),
          bodyHtml: bodyHtml(doc),
          createdById: signedInUser(principal).id,
        }),
      );
      await this.activity.record(m, principal, {
        action: 'question.version.saved',
        objectType: 'questionVersion',
        objectId: version.id,
        projectId: question.projectId,
        detail: { questionId, name: version.name },
      });
      return version;
    });
  }

  /**
   * Puts the version's body back as a new change on top of the current one: everything in
   * between stays in the history (and in other named versions), nothing is rewritten.
   */
  async restore(versionId: string, principal: Principal): Promise<void> {
    const version = await this.get(versionId);
    const question = (await this.questions.findById(version.questionId))!;
    const saved = new Y.Doc();
    Y.applyUpdate(saved, Buffer.from(version.state, 'base64'));
    const source = saved.getXmlFragment(BODY_FIELD);
    const documentName = questionDocument(version.questionId);
    await this.live.change(documentName, (doc) => {
      const body = doc.getXmlFragment(BODY_FIELD);
      doc.transact(() => {
        body.delete(0, body.length);
        body.insert(
          0,
          source
            .toArray()
            .filter((node): node is Y.XmlElement | Y.XmlText => !(node instanceof Y.XmlHook))
            .map((node) => node.clone()),
        );
      });
    });
    await this.unitOfWork.run((m) =>
      this.activity.record(m, principal, {
        action: 'question.version.restored',
        objectType: 'questionVersion',
        objectId: version.id,
        projectId: question.projectId,
        detail: { questionId: version.questionId, name: version.name },
      }),
    );
    const current = await this.live.read(documentName);
    await this.mirror.refresh(version.questionId, bodyText(current), bodyHtml(current));
  }
}
