import { formatDocumentName, parseDocumentName } from './document-name';

const id = '0b6f2a52-4c1e-4d2b-9a7e-1f2e3d4c5b6a';

describe('document names', () => {
  it('round-trips a question name', () => {
    expect(parseDocumentName(formatDocumentName({ kind: 'question', id }))).toEqual({
      kind: 'question',
      id,
    });
  });

  it.each([
    '',
    'question',
    `question.${id}.x`,
    `unknown.${id}`,
    `question.${id.toUpperCase()}`,
    'question.not-a-uuid',
    `../question.${id}`,
  ])('rejects %p', (raw) => {
    expect(parseDocumentName(raw)).toBeNull();
  });

  it('refuses to format an id that is not a uuid', () => {
    expect(() => formatDocumentName({ kind: 'question', id: 'x' })).toThrow('Not a document id');
  });
});
