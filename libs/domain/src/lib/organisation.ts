export const ORGANISATION_KINDS = ['municipality', 'partner'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Presence colours are shown on white and must stay distinguishable: #rrggbb only. */
export const COLOUR_PATTERN = /^#[0-9a-f]{6}$/i;
