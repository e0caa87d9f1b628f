import {
  checkEvidence,
  evidenceProblemAt,
  newEvidenceDraft,
  toEvidenceInput,
} from './evidence-draft';

describe('evidence drafts', () => {
  it('asks an external source for an http(s) address and a title', () => {
    const draft = { ...newEvidenceDraft(1), url: 'javascript:alert(1)' };
    expect([...checkEvidence([draft]).entries()]).toEqual([
      ['evidence.0.url', 'url'],
      ['evidence.0.title', 'title'],
    ]);
    const good = { ...draft, url: ' https://www.cbs.nl/ ', title: ' Statline ' };
    expect(checkEvidence([good]).size).toBe(0);
    expect(toEvidenceInput(good, 'q')).toEqual({
      kind: 'external',
      url: 'https://www.cbs.nl/',
      title: 'Statline',
    });
  });

  it('numbers problems by position, as the API does', () => {
    const version = { ...newEvidenceDraft(2), kind: 'question_version' as const };
    const passage = { ...newEvidenceDraft(3), kind: 'question_passage' as const, quote: '  ' };
    expect([...checkEvidence([version, passage]).keys()]).toEqual([
      'evidence.0.targetId',
      'evidence.1.quote',
    ]);
  });

  it('cites a passage from the hypothesis’s own question and sends only its kind’s fields', () => {
    const passage = {
      ...newEvidenceDraft(4),
      kind: 'question_passage' as const,
      quote: 'Hoeveel huishoudens?',
      url: 'https://left.over',
    };
    expect(toEvidenceInput(passage, 'question-1')).toEqual({
      kind: 'question_passage',
      targetId: 'question-1',
      quote: 'Hoeveel huishoudens?',
    });
    const version = { ...newEvidenceDraft(5), kind: 'question_version' as const, versionId: 'v1' };
    expect(toEvidenceInput(version, 'question-1')).toEqual({
      kind: 'question_version',
      targetId: 'v1',
    });
  });

  it('asks a dataset citation for one of the project’s datasets and sends only its id', () => {
    const dataset = { ...newEvidenceDraft(6), kind: 'dataset' as const, versionId: 'v1' };
    expect([...checkEvidence([dataset]).entries()]).toEqual([['evidence.0.targetId', 'datasetId']]);
    const chosen = { ...dataset, datasetId: 'dataset-1' };
    expect(checkEvidence([chosen]).size).toBe(0);
    expect(toEvidenceInput(chosen, 'question-1')).toEqual({
      kind: 'dataset',
      targetId: 'dataset-1',
    });
  });

  it('names a refused dataset as a dataset, not as a version', () => {
    const drafts = [
      { ...newEvidenceDraft(7), kind: 'question_version' as const },
      { ...newEvidenceDraft(8), kind: 'dataset' as const },
    ];
    expect(evidenceProblemAt(drafts, 'evidence.0.targetId', 'targetId')).toBe('targetId');
    expect(evidenceProblemAt(drafts, 'evidence.1.targetId', 'targetId')).toBe('datasetId');
  });
});
