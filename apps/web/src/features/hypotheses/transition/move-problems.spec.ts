import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { moveProblemsOf } from './move-problems';

const refusal = (code: string, field?: string) => ({
  message: `refused ${field ?? ''}`,
  extensions: { code, ...(field ? { field } : {}) },
});

describe('refusals of a move', () => {
  it('places each refusal where the dialog shows it', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        refusal('BAD_USER_INPUT', 'rationale'),
        refusal('BAD_USER_INPUT', 'evidence.1.url'),
        refusal('BAD_USER_INPUT', 'evidence.0'),
        refusal('BAD_USER_INPUT', 'to'),
        refusal('FORBIDDEN'),
        refusal('CONFLICT'),
      ],
    });
    expect(moveProblemsOf(error)).toEqual([
      { at: 'rationale' },
      { at: 'evidenceField', path: 'evidence.1.url', field: 'url' },
      { at: 'evidenceTarget' },
      { at: 'to' },
      { at: 'forbidden' },
      { at: 'general', index: 5 },
    ]);
  });

  it('treats a failure without an answer as general', () => {
    expect(moveProblemsOf(new Error('offline'))).toEqual([{ at: 'general', index: 0 }]);
  });
});
