/**
 * Dataset metadata in the spirit of DCAT-AP-NL 3.0. The value lists are shared by the API
 * (validation, GraphQL enums, the DCAT export) and the web (choices in forms). Who may read a
 * dataset's rows is in permissions.ts: `dataset.rows.read` with its organisation rule.
 */

/** The Dutch government's access classes; personal data needs a legal basis. */
export const ACCESS_CLASSES = ['open', 'internal', 'confidential', 'personal_data'] as const;
export type AccessClass = (typeof ACCESS_CLASSES)[number];

/** The EU frequency vocabulary that DCAT-AP-NL uses, reduced to what municipalities publish. */
export const UPDATE_FREQUENCIES = [
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'biannual',
  'annual',
  'biennial',
  'irregular',
  'never',
] as const;
export type UpdateFrequencyCode = (typeof UPDATE_FREQUENCIES)[number];

/** The EU data themes (DCAT-AP `dcat:theme`), by their authority code. */
export const DATASET_THEMES = [
  'AGRI',
  'ECON',
  'EDUC',
  'ENER',
  'ENVI',
  'GOVE',
  'HEAL',
  'INTR',
  'JUST',
  'REGI',
  'SOCI',
  'TECH',
  'TRAN',
] as const;
export type DatasetTheme = (typeof DATASET_THEMES)[number];

/** Licences a dataset can carry; `proprietary` for data that is not open. */
export const DATASET_LICENCES = [
  'cc0_1_0',
  'cc_by_4_0',
  'cc_by_sa_4_0',
  'odbl_1_0',
  'proprietary',
] as const;
export type DatasetLicence = (typeof DATASET_LICENCES)[number];

/** The licence URI DCAT exports name (`dct:license`). */
export const LICENCE_URIS: Record<DatasetLicence, string> = {
  cc0_1_0: 'http://creativecommons.org/publicdomain/zero/1.0/',
  cc_by_4_0: 'http://creativecommons.org/licenses/by/4.0/',
  cc_by_sa_4_0: 'http://creativecommons.org/licenses/by-sa/4.0/',
  odbl_1_0: 'http://opendatacommons.org/licenses/odbl/1.0/',
  proprietary: 'http://standaarden.overheid.nl/owms/terms/licentieonbekend',
};

/** Version uploads are refused above this by default (DATASET_MAX_BYTES overrides it). */
export const DEFAULT_DATASET_MAX_BYTES = 1024 ** 3;

/** File names the upload accepts, as the web's file picker offers them. */
export const DATASET_FILE_EXTENSIONS = ['.csv', '.tsv', '.txt', '.xlsx'] as const;

/** The metadata fields a dataset must have, in the order a form shows them. */
export interface DatasetMetadataDraft {
  title?: string | null;
  description?: string | null;
  contactName?: string | null;
  contactEmail?: string | null;
  theme?: string | null;
  licence?: string | null;
  accessClass?: string | null;
  legalBasis?: string | null;
  updateFrequency?: string | null;
  temporalStart?: string | null;
  temporalEnd?: string | null;
}

export interface MetadataProblem {
  field: keyof DatasetMetadataDraft;
  message: string;
}

const MANDATORY: ReadonlyArray<[keyof DatasetMetadataDraft, string]> = [
  ['title', 'Give the dataset a title.'],
  ['description', 'Describe the dataset: what it holds and what it is for.'],
  ['contactName', 'Name a contact point: who answers questions about this dataset.'],
  ['contactEmail', 'Give the contact point an e-mail address.'],
  ['theme', 'Choose a theme.'],
  ['licence', 'Choose a licence.'],
  ['accessClass', 'Choose an access class.'],
  ['updateFrequency', 'Choose how often the dataset is updated.'],
];

/**
 * Every rule a complete set of metadata must meet, one clear message per field: the API
 * refuses with the first, the web shows them all beside their fields.
 */
export function datasetMetadataProblems(draft: DatasetMetadataDraft): MetadataProblem[] {
  const problems: MetadataProblem[] = MANDATORY.filter(([field]) => !draft[field]?.trim()).map(
    ([field, message]) => ({ field, message }),
  );
  if (draft.accessClass === 'personal_data' && !draft.legalBasis?.trim()) {
    problems.push({
      field: 'legalBasis',
      message:
        'Personal data needs a legal basis (for instance a GDPR article and the law behind it).',
    });
  }
  if (draft.temporalStart && draft.temporalEnd && draft.temporalStart > draft.temporalEnd) {
    problems.push({
      field: 'temporalEnd',
      message: 'The temporal coverage cannot end before it starts.',
    });
  }
  return problems;
}
