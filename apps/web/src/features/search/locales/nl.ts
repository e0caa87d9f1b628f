export const nl = {
  title: 'Zoeken',
  titleWithQuery: 'Zoeken naar “{{query}}”',
  label: 'Zoek in projecten die u kunt zien',
  submit: 'Zoeken',
  results_one: '{{count, number}} resultaat voor “{{query}}”',
  results_other: '{{count, number}} resultaten voor “{{query}}”',
  noResults: 'Probeer andere of minder woorden.',
  kind: {
    project: 'Project',
    other: 'Overig',
  },
} as const;
