/**
 * Validation limits shared by the API (which enforces them) and the web (which uses them for
 * `maxLength` and hints), so that a form never accepts what the API would refuse.
 */
export const LIMITS = {
  emailMax: 254,
  nameMin: 1,
  nameMax: 120,
  passwordMin: 12,
  passwordMax: 256,
  organisationNameMax: 160,
  projectTitleMin: 3,
  projectTitleMax: 200,
  projectGoalMax: 5000,
  projectObjectiveMax: 2000,
  tokenNameMax: 80,
  questionTitleMin: 3,
  questionTitleMax: 300,
  versionNameMax: 120,
  hypothesisStatementMin: 3,
  hypothesisStatementMax: 1000,
  hypothesisRationaleMax: 5000,
  hypothesisTagMax: 40,
  hypothesisTagsMax: 12,
  hypothesisPartnersMax: 50,
  transitionRationaleMax: 5000,
  evidencePerTransitionMax: 20,
  evidenceQuoteMax: 2000,
  evidenceUrlMax: 2000,
  evidenceTitleMax: 300,
  /** Days without activity after which an open hypothesis counts as stale (per project). */
  staleAfterDaysMin: 1,
  staleAfterDaysMax: 365,
  staleAfterDaysDefault: 14,
  searchQueryMax: 200,
  pageSizeMax: 100,
} as const;

/** Deliberately simple: one `@`, no spaces, a dot in the domain. Mail delivery is the real test. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
