import {
  datasetMetadataProblems,
  EMAIL_PATTERN,
  LIMITS,
  type AccessClass,
  type DatasetLicence,
  type DatasetTheme,
  type UpdateFrequencyCode,
} from '@ketenlab/domain';
import type { FieldErrors } from '../../../shared/forms';

/** The metadata fields in the order the form shows them (and the error summary lists them). */
export const METADATA_FIELDS = [
  'title',
  'description',
  'theme',
  'keywords',
  'accessClass',
  'legalBasis',
  'licence',
  'publisherOrganisationId',
  'source',
  'contactName',
  'contactEmail',
  'identifier',
  'updateFrequency',
  'temporalStart',
  'temporalEnd',
  'spatialCoverage',
] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

/** What the form holds: strings as typed, '' for "not chosen". */
export interface MetadataValues {
  title: string;
  description: string;
  theme: DatasetTheme | '';
  accessClass: AccessClass | '';
  legalBasis: string;
  licence: DatasetLicence | '';
  updateFrequency: UpdateFrequencyCode | '';
  contactName: string;
  contactEmail: string;
  publisherOrganisationId: string;
  temporalStart: string;
  temporalEnd: string;
  spatialCoverage: string;
  source: string;
  keywords: string;
  identifier: string;
}

export const EMPTY_METADATA: MetadataValues = {
  title: '',
  description: '',
  theme: '',
  accessClass: '',
  legalBasis: '',
  licence: '',
  updateFrequency: '',
  contactName: '',
  contactEmail: '',
  publisherOrganisationId: '',
  temporalStart: '',
  temporalEnd: '',
  spatialCoverage: '',
  source: '',
  keywords: '',
  identifier: '',
};

export function splitKeywords(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((word) => word.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * The rules the API applies too (`datasetMetadataProblems` from the domain: mandatory fields, a
 * legal basis for personal data, the period's order; plus the input limits), checked before
 * sending so every problem shows at once, where the API names only the first.
 */
export function failingMetadataFields(values: MetadataValues): MetadataField[] {
  const failing = new Set<MetadataField>(
    datasetMetadataProblems(values).map((problem) => problem.field),
  );
  const title = values.title.trim();
  if (title.length < LIMITS.datasetTitleMin || title.length > LIMITS.datasetTitleMax)
    failing.add('title');
  if (values.contactEmail.trim() && !EMAIL_PATTERN.test(values.contactEmail.trim()))
    failing.add('contactEmail');
  const keywords = splitKeywords(values.keywords);
  if (
    keywords.length > LIMITS.datasetKeywordsMax ||
    keywords.some((word) => word.length > LIMITS.datasetKeywordMax)
  )
    failing.add('keywords');
  return METADATA_FIELDS.filter((field) => failing.has(field));
}

export function metadataErrors(
  values: MetadataValues,
  text: (field: MetadataField) => string,
): FieldErrors<MetadataField> {
  return Object.fromEntries(failingMetadataFields(values).map((field) => [field, text(field)]));
}

/** The form's values as the API's input: trimmed, empty optional fields left out or cleared. */
export function metadataInput(values: MetadataValues, { clear }: { clear: boolean }) {
  const optional = (value: string) => (value.trim() ? value.trim() : clear ? null : undefined);
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    theme: values.theme || undefined,
    accessClass: values.accessClass || undefined,
    legalBasis: optional(values.legalBasis),
    licence: values.licence || undefined,
    updateFrequency: values.updateFrequency || undefined,
    contactName: values.contactName.trim(),
    contactEmail: values.contactEmail.trim(),
    publisherOrganisationId: values.publisherOrganisationId || undefined,
    temporalStart: optional(values.temporalStart),
    temporalEnd: optional(values.temporalEnd),
    spatialCoverage: values.spatialCoverage.trim(),
    source: values.source.trim(),
    keywords: splitKeywords(values.keywords),
    identifier: values.identifier.trim() || undefined,
  };
}
