import type { LocaleShape } from '../../../i18n/locale-shape';
import type { nl } from './nl';

export const en: LocaleShape<typeof nl> = {
  title: 'Search',
  titleWithQuery: 'Search for “{{query}}”',
  label: 'Search the projects you can see',
  submit: 'Search',
  results_one: '{{count, number}} result for “{{query}}”',
  results_other: '{{count, number}} results for “{{query}}”',
  noResults: 'Try other or fewer words.',
  kind: {
    project: 'Project',
    other: 'Other',
  },
};
