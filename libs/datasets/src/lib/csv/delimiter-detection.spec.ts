import { detectDelimiter } from './delimiter-detection';

describe(detectDelimiter.name, () => {
  it('picks the semicolon even when values carry decimal commas', () => {
    expect(detectDelimiter('naam;bedrag\nA;1,5\nB;2,25\n', true)).toBe(';');
  });

  it('picks the comma when lines split consistently on it', () => {
    expect(detectDelimiter('naam,bedrag,jaar\nA,1.5,2024\nB,2.25,2024\n', true)).toBe(',');
  });

  it('picks the tab', () => {
    expect(detectDelimiter('a\tb\tc\n1\t2\t3\n', true)).toBe('\t');
  });

  it('ignores delimiters inside quotes', () => {
    const sample = 'naam;toelichting\n"A";"x, y, z"\n"B";"p, q"\n"C";"r, s, t, u"\n';
    expect(detectDelimiter(sample, true)).toBe(';');
  });

  it('ignores a cut-off last line unless the sample is the whole file', () => {
    // The unfinished last line would vote for the comma.
    const sample = 'a;b\n1;2\n3;4\nx,y,z,w,v,u,t,s,';
    expect(detectDelimiter(sample, false)).toBe(';');
  });

  it('falls back to the semicolon for a single column', () => {
    expect(detectDelimiter('naam\nA\nB\n', true)).toBe(';');
  });
});
