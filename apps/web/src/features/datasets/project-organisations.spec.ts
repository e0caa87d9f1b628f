import { projectOrganisations } from './project-organisations';

describe(projectOrganisations.name, () => {
  const gemeente = { id: 'g', name: 'Gemeente Voorbeeldstad' };
  const cbs = { id: 'c', name: 'CBS' };
  const ggd = { id: 'd', name: 'GGD regio Voorbeeldland' };

  it('puts your own organisation first and the rest by name, each once', () => {
    const project = { ownerOrganisation: gemeente, partners: [ggd, cbs, gemeente] };
    expect(projectOrganisations(project, 'd').map((o) => o.id)).toEqual(['d', 'c', 'g']);
  });

  it('sorts by name when you are not in the project', () => {
    expect(
      projectOrganisations({ ownerOrganisation: gemeente, partners: [ggd, cbs] }, 'x').map(
        (o) => o.name,
      ),
    ).toEqual(['CBS', 'Gemeente Voorbeeldstad', 'GGD regio Voorbeeldland']);
  });
});
