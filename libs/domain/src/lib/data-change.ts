/**
 * "Data changed since": when a dataset gets a new version or a quality report about it is
 * confirmed, everything that relies on it is flagged until someone has looked and acknowledged
 * the flag. The kinds of dependant grow as results and conclusions arrive; each registers how
 * to find what relies on a dataset.
 */
export const DATA_CHANGE_REASONS = ['new_version', 'report_confirmed'] as const;
export type DataChangeReason = (typeof DATA_CHANGE_REASONS)[number];

export const DATASET_DEPENDANT_KINDS = ['hypothesis'] as const;
export type DatasetDependantKind = (typeof DATASET_DEPENDANT_KINDS)[number];
