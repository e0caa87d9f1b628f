interface Organisation {
  id: string;
  name: string;
}

/**
 * The organisations taking part in a project (owner and partners), the caller's own first, the
 * rest by name: who can publish a dataset in it and who can be given its rows.
 */
export function projectOrganisations(
  project: { ownerOrganisation: Organisation; partners: readonly Organisation[] },
  ownId: string | undefined,
): Organisation[] {
  const all = [project.ownerOrganisation, ...project.partners];
  const unique = [...new Map(all.map((organisation) => [organisation.id, organisation])).values()];
  return unique.sort((a, b) =>
    a.id === ownId ? -1 : b.id === ownId ? 1 : a.name.localeCompare(b.name),
  );
}
