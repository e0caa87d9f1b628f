import { useTranslation } from 'react-i18next';

/** Labels start a sentence in the form, but sit inside one in a message. */
function inSentence(label: string): string {
  return label.charAt(0).toLocaleLowerCase() + label.slice(1);
}

/** Messages for the checks a form does before it sends anything. */
export function useValidationText() {
  const { t } = useTranslation('common');
  return {
    required: (label: string) => t('validation.required', { field: inSentence(label) }),
    choose: (label: string) => t('validation.choose', { field: inSentence(label) }),
    minLength: (label: string, min: number) => t('validation.minLength', { field: label, min }),
    email: () => t('validation.email'),
    colour: () => t('validation.colour'),
  };
}
