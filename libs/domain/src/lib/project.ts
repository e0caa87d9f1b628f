/** A project moves through these phases; `closed` ends it. */
export const PROJECT_PHASES = ['idea', 'exploration', 'pilot', 'scaling', 'closed'] as const;
export type ProjectPhase = (typeof PROJECT_PHASES)[number];

/**
 * Who may see a project beyond its members: nobody (`private`), members of the owner and
 * partner organisations (`partners`), or every signed-in user and the public register (`public`).
 */
export const PROJECT_VISIBILITIES = ['private', 'partners', 'public'] as const;
export type ProjectVisibility = (typeof PROJECT_VISIBILITIES)[number];

export interface VisibilityFacts {
  visibility: ProjectVisibility;
  ownerOrganisationId: string;
  partnerOrganisationIds: readonly string[];
}

/** Whether a signed-in non-member from `organisationId` may see the project. */
export function visibleToOutsider(project: VisibilityFacts, organisationId: string): boolean {
  switch (project.visibility) {
    case 'public':
      return true;
    case 'partners':
      return (
        project.ownerOrganisationId === organisationId ||
        project.partnerOrganisationIds.includes(organisationId)
      );
    case 'private':
      return false;
  }
}

/** A research question moves from draft through review to agreed; it can go back to draft. */
export const QUESTION_STATUSES = ['draft', 'in_review', 'agreed'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];
