import { useTranslation } from 'react-i18next';
import { CheckboxGroupField, TextField } from '../../../shared/forms';
import type { HypothesisDraftFieldsProps } from './hypothesis-draft';

interface PartnerAndTagFieldsProps extends HypothesisDraftFieldsProps {
  /** The project's owner and partners, in that order: the organisations it may concern. */
  organisations: readonly { id: string; name: string }[];
}

/** Whom the hypothesis concerns and the labels to find it by; these stay editable once closed. */
export function PartnerAndTagFields({
  ids,
  draft,
  onChange,
  errors,
  organisations,
}: PartnerAndTagFieldsProps) {
  const { t } = useTranslation('hypotheses');
  return (
    <>
      <CheckboxGroupField
        id={ids.partnerOrganisationIds}
        legend={t('propose.partners')}
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        value={draft.partnerIds}
        onChange={(partnerIds) => onChange({ partnerIds })}
        error={errors.partnerOrganisationIds}
      />
      <TextField
        id={ids.tags}
        label={t('propose.tags')}
        description={t('propose.tagsDescription')}
        optional
        value={draft.tagText}
        onChange={(tagText) => onChange({ tagText })}
        error={errors.tags}
      />
    </>
  );
}
