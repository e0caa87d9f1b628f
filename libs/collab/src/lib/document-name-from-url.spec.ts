import { documentNameFromUrl, paramsFromUrl } from './document-name-from-url';

describe(documentNameFromUrl.name, () => {
  it.each([
    ['/collab/question.0b6f', 'question.0b6f'],
    ['/collab/question.0b6f?token=abc&x=1', 'question.0b6f'],
    ['/collab/question%2Eabc#frag', 'question.abc'],
  ])('reads %s as %s', (url, name) => {
    expect(documentNameFromUrl(url)).toBe(name);
  });

  it.each([
    undefined,
    '',
    '/collab/',
    '/collab',
    '/graphql',
    '/collab/a/b',
    '/collab/a%2Fb',
    '/collab/%E0%A4%A',
    '/other/x',
  ])('returns null for %s', (url) => {
    expect(documentNameFromUrl(url)).toBeNull();
  });

  it('honours another prefix', () => {
    expect(documentNameFromUrl('/api/collab/q.1?x', '/api/collab/')).toBe('q.1');
    expect(documentNameFromUrl('/collab/q.1', '/api/collab/')).toBeNull();
  });
});

describe(paramsFromUrl.name, () => {
  it('reads the query the stock client appends', () => {
    expect(paramsFromUrl('/collab/q.1?token=a%20b&x=1#f').get('token')).toBe('a b');
    expect(paramsFromUrl('/collab/q.1').toString()).toBe('');
    expect(paramsFromUrl(undefined).toString()).toBe('');
  });
});
