import { Injectable } from '@nestjs/common';
import { isExternalSourceUrl, type EvidenceKind } from '@ketenlab/domain';
import { randomUUID } from 'node:crypto';
import { badInput } from '../common/errors/app-error';
import { DatasetsRepository } from '../datasets/datasets.repository';
import { QuestionsRepository } from '../questions/questions.repository';
import { HypothesisEvidence } from './hypothesis-evidence.entity';
import type { EvidenceInput } from './hypotheses.inputs';

/**
 * Checks each piece of evidence before a transition cites it: the fields its kind needs, and
 * that what it points at exists in the hypothesis's own project (evidence from a project the
 * caller may not see would leak it). One branch per kind: a new kind fails to compile until it
 * has its check here.
 */
@Injectable()
export class EvidenceTargets {
  constructor(
    private readonly questions: QuestionsRepository,
    private readonly datasets: DatasetsRepository,
  ) {}

  async resolve(
    projectId: string,
    transitionId: string,
    inputs: readonly EvidenceInput[],
  ): Promise<HypothesisEvidence[]> {
    const evidence: HypothesisEvidence[] = [];
    for (const [position, input] of inputs.entries()) {
      const field = `evidence.${position}`;
      const row = Object.assign(new HypothesisEvidence(), {
        id: randomUUID(),
        transitionId,
        position,
        kind: input.kind,
        targetId: null,
        quote: null,
        url: null,
        title: null,
      });
      evidence.push(Object.assign(row, await this.check(projectId, input, field)));
    }
    return evidence;
  }

  private async check(
    projectId: string,
    input: EvidenceInput,
    field: string,
  ): Promise<Partial<HypothesisEvidence>> {
    const kind: EvidenceKind = input.kind;
    switch (kind) {
      case 'question_version': {
        const targetId = required(input.targetId, `${field}.targetId`, 'a question version');
        inProject(await this.questions.projectIdOfVersion(targetId), projectId, field);
        return { targetId };
      }
      case 'question_passage': {
        const targetId = required(input.targetId, `${field}.targetId`, 'a question');
        const quote = required(input.quote?.trim(), `${field}.quote`, 'the quoted passage');
        inProject(await this.questions.projectIdOf(targetId), projectId, field);
        return { targetId, quote };
      }
      case 'external': {
        const url = required(input.url?.trim(), `${field}.url`, 'the URL of the source');
        const title = required(input.title?.trim(), `${field}.title`, 'the title of the source');
        if (!isExternalSourceUrl(url)) {
          throw badInput(`${field}.url`, 'An external source needs an http(s) URL.');
        }
        return { url, title };
      }
      case 'dataset': {
        // Citing a dataset reads none of its rows, so its project is the only check.
        const targetId = required(input.targetId, `${field}.targetId`, 'a dataset');
        inProject(await this.datasets.projectIdOf(targetId), projectId, field);
        return { targetId };
      }
    }
  }
}

function required(value: string | undefined, field: string, what: string): string {
  if (!value) throw badInput(field, `This kind of evidence needs ${what}.`);
  return value;
}

/** The same answer whether the target is absent or elsewhere, so nothing about it leaks. */
function inProject(targetProjectId: string | null, projectId: string, field: string): void {
  if (targetProjectId !== projectId) {
    throw badInput(field, 'The evidence must be something in this project.');
  }
}
