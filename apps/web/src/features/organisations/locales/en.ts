import type { LocaleShape } from '../../../i18n/locale-shape';
import type { nl } from './nl';

export const en: LocaleShape<typeof nl> = {
  title: 'Organisations',
  intro:
    'The municipality and its chain partners. Every user belongs to one organisation; projects have an owner and partners.',
  created: 'Organisation “{{name}}” has been added.',
  saved: 'Organisation “{{name}}” has been saved.',
  kind: {
    municipality: 'Municipality',
    partner: 'Chain partner',
  },
  fields: {
    name: 'Name',
    kind: 'Kind',
    colour: 'Colour',
    colourDescription:
      'The colour that identifies the organisation, as # followed by six characters, for example #01689b.',
  },
  create: {
    title: 'New organisation',
    submit: 'Add organisation',
  },
  edit: {
    title: 'Edit {{name}}',
    submit: 'Save',
    cancel: 'Cancel',
  },
  list: {
    title: 'All organisations',
    caption: 'All organisations',
    created: 'Added',
    actions: 'Actions',
    edit: 'Edit',
  },
};
