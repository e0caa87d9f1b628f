import { createHash } from 'node:crypto';
import {
  canonicalRegistrationJson,
  registrationDeviations,
  type RegistrationContent,
} from './registration-content';

const content: RegistrationContent = {
  title: 'Welke wijken lopen risico?',
  bodyText: 'Hoofdvraag\nWaar ontstaan schulden?',
  hypotheses: [
    {
      id: 'b',
      statement: 'Schulden stijgen na ontslag',
      rationale: 'Inkomen valt weg',
      expectedDirection: 'increase',
      status: 'proposed',
    },
    {
      id: 'a',
      statement: 'Armoede daalt met schuldhulp',
      rationale: '',
      expectedDirection: null,
      status: 'under_investigation',
    },
  ],
};

describe('canonical registration content', () => {
  it('is the documented JSON, hypotheses sorted by their own serialisation', () => {
    expect(canonicalRegistrationJson(content)).toBe(
      '{"v":1,"title":"Welke wijken lopen risico?","body":"Hoofdvraag\\nWaar ontstaan schulden?",' +
        '"hypotheses":[{"statement":"Armoede daalt met schuldhulp","rationale":"","expectedDirection":null},' +
        '{"statement":"Schulden stijgen na ontslag","rationale":"Inkomen valt weg","expectedDirection":"increase"}]}',
    );
  });

  it('ignores ids, order, status, outer white space, line ends and Unicode composition', () => {
    const same: RegistrationContent = {
      title: '  Welke wijken lopen risico?\n',
      bodyText: 'Hoofdvraag\r\nWaar ontstaan schulden?',
      hypotheses: [...content.hypotheses]
        .reverse()
        .map((h, i) => ({ ...h, id: `x${i}`, status: 'withdrawn' as const })),
    };
    expect(canonicalRegistrationJson(same)).toBe(canonicalRegistrationJson(content));
    const composed = { ...content, title: 'Café' };
    const decomposed = { ...content, title: 'Cafe\u0301' };
    expect(canonicalRegistrationJson(decomposed)).toBe(canonicalRegistrationJson(composed));
  });

  it('changes with every registered word', () => {
    const hash = (c: RegistrationContent) =>
      createHash('sha256').update(canonicalRegistrationJson(c)).digest('hex');
    const variants: RegistrationContent[] = [
      { ...content, title: 'Andere titel' },
      { ...content, bodyText: 'Hoofdvraag' },
      { ...content, hypotheses: content.hypotheses.slice(1) },
      {
        ...content,
        hypotheses: [
          { ...content.hypotheses[0], expectedDirection: 'decrease' },
          content.hypotheses[1],
        ],
      },
      {
        ...content,
        hypotheses: [{ ...content.hypotheses[0], rationale: 'Anders' }, content.hypotheses[1]],
      },
    ];
    const hashes = new Set([content, ...variants].map(hash));
    expect(hashes.size).toBe(variants.length + 1);
  });
});

describe('deviations from the registration', () => {
  it('finds none when nothing changed', () => {
    expect(registrationDeviations(content, structuredClone(content))).toEqual([]);
  });

  it('lists title, text lines and every kind of hypothesis change', () => {
    const [b, a] = content.hypotheses;
    const current: RegistrationContent = {
      title: 'Welke buurten lopen risico?',
      bodyText: 'Hoofdvraag\nWaar en wanneer ontstaan schulden?\nDeelvraag: wie merkt het eerst?',
      hypotheses: [
        { ...b, statement: 'Schulden stijgen na baanverlies', status: 'under_investigation' },
        {
          id: 'c',
          statement: 'Nieuw',
          rationale: '',
          expectedDirection: null,
          status: 'proposed',
        },
        {
          id: 'd',
          statement: 'Al ingetrokken',
          rationale: '',
          expectedDirection: null,
          status: 'withdrawn',
        },
      ],
    };
    const found = registrationDeviations(content, current);
    expect(found.map((d) => [d.kind, d.hypothesisId, d.field])).toEqual([
      ['title_changed', null, null],
      ['text_changed', null, null],
      ['hypothesis_changed', 'b', 'statement'],
      ['hypothesis_changed', 'b', 'status'],
      ['hypothesis_removed', 'a', null],
      ['hypothesis_added', 'c', null],
    ]);
    expect(found[1].lines).toEqual([
      { change: 'removed', text: 'Waar ontstaan schulden?' },
      { change: 'added', text: 'Waar en wanneer ontstaan schulden?' },
      { change: 'added', text: 'Deelvraag: wie merkt het eerst?' },
    ]);
    expect(found[1].summary).toBe('Question text changed: 2 lines added, 1 line removed.');
    expect(found[3]).toMatchObject({ before: 'proposed', after: 'under_investigation' });
    expect(a.id).toBe('a');
  });
});
