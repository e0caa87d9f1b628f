import { uploadProblem } from './upload-problem';

describe(uploadProblem.name, () => {
  it('reads the ingest code and where it happened from the JSON refusal', () => {
    expect(
      uploadProblem({
        status: 422,
        body: { code: 'RAGGED_ROWS', message: 'Line 3 has 2 fields', details: { line: 3 } },
      }),
    ).toEqual({ code: 'RAGGED_ROWS', line: 3, message: 'Line 3 has 2 fields' });
  });

  it('keeps the sheets a workbook does have', () => {
    expect(
      uploadProblem({
        status: 422,
        body: {
          code: 'SHEET_NOT_FOUND',
          message: '',
          details: { sheets: ['Data', 7, 'Toelichting'] },
        },
      }),
    ).toMatchObject({ code: 'SHEET_NOT_FOUND', sheets: ['Data', 'Toelichting'] });
  });

  it('falls back on the HTTP status when a proxy answered without JSON', () => {
    expect(uploadProblem({ status: 413, body: '<html>Request Entity Too Large</html>' })).toEqual({
      code: 'TOO_LARGE',
    });
  });

  it('calls a lost connection a network problem and anything else unknown', () => {
    expect(uploadProblem(null)).toEqual({ code: 'NETWORK' });
    expect(uploadProblem({ status: 502, body: '' })).toMatchObject({ code: 'other' });
  });
});
