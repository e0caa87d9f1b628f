import {
  EMPTY_METADATA,
  failingMetadataFields,
  metadataInput,
  splitKeywords,
  type MetadataValues,
} from './dataset-metadata-values';

const complete: MetadataValues = {
  ...EMPTY_METADATA,
  title: 'Buurtcijfers 2024',
  description: 'Kerncijfers per buurt.',
  theme: 'SOCI',
  accessClass: 'internal',
  licence: 'cc_by_4_0',
  updateFrequency: 'annual',
  contactName: 'Team Onderzoek',
  contactEmail: 'onderzoek@voorbeeldstad.nl',
};

describe(failingMetadataFields.name, () => {
  it('names every missing mandatory field at once, in the order of the form', () => {
    expect(failingMetadataFields(EMPTY_METADATA)).toEqual([
      'title',
      'description',
      'theme',
      'accessClass',
      'licence',
      'contactName',
      'contactEmail',
      'updateFrequency',
    ]);
  });

  it('passes complete metadata', () => {
    expect(failingMetadataFields(complete)).toEqual([]);
  });

  it('asks a legal basis for personal data, as the API does', () => {
    expect(failingMetadataFields({ ...complete, accessClass: 'personal_data' })).toEqual([
      'legalBasis',
    ]);
    expect(
      failingMetadataFields({ ...complete, accessClass: 'personal_data', legalBasis: 'AVG 6.1e' }),
    ).toEqual([]);
  });

  it('refuses a period that ends before it starts, a short title and a malformed address', () => {
    expect(
      failingMetadataFields({
        ...complete,
        title: 'Ab',
        contactEmail: 'onderzoek',
        temporalStart: '2024-12-31',
        temporalEnd: '2024-01-01',
      }),
    ).toEqual(['title', 'contactEmail', 'temporalEnd']);
  });

  it('refuses more than twenty keywords', () => {
    const keywords = Array.from({ length: 21 }, (_, i) => `woord${i}`).join(', ');
    expect(failingMetadataFields({ ...complete, keywords })).toEqual(['keywords']);
  });
});

describe(metadataInput.name, () => {
  it('trims, splits keywords and leaves empty optional fields out of a new dataset', () => {
    const input = metadataInput(
      { ...complete, title: '  Buurtcijfers 2024 ', keywords: 'armoede, wijken, , armoede' },
      { clear: false },
    );
    expect(input).toMatchObject({ title: 'Buurtcijfers 2024', keywords: ['armoede', 'wijken'] });
    expect(input.legalBasis).toBeUndefined();
    expect(input.temporalStart).toBeUndefined();
    expect(input.identifier).toBeUndefined();
  });

  it('clears emptied optional fields when editing', () => {
    const input = metadataInput(complete, { clear: true });
    expect(input.legalBasis).toBeNull();
    expect(input.temporalEnd).toBeNull();
  });
});

describe(splitKeywords.name, () => {
  it('drops blanks and repeats', () => {
    expect(splitKeywords(' a ,b,, a')).toEqual(['a', 'b']);
  });
});
