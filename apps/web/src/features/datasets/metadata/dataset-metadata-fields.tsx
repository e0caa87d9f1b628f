import {
  ACCESS_CLASSES,
  DATASET_LICENCES,
  DATASET_THEMES,
  LIMITS,
  UPDATE_FREQUENCIES,
} from '@ketenlab/domain';
import { Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextareaField, TextField, type FieldErrors } from '../../../shared/forms';
import { useDatasetTerms } from '../use-dataset-terms';
import type { MetadataField, MetadataValues } from './dataset-metadata-values';

interface DatasetMetadataFieldsProps {
  ids: Record<MetadataField, string>;
  values: MetadataValues;
  errors: FieldErrors<MetadataField>;
  onChange: (values: MetadataValues) => void;
  /** Organisations that may publish: the caller's own first. */
  organisations: readonly { id: string; name: string }[];
}

/** The DCAT-AP-NL description of a dataset, shared by "new dataset" and "change description". */
export function DatasetMetadataFields({
  ids,
  values,
  errors,
  onChange,
  organisations,
}: DatasetMetadataFieldsProps) {
  const { t } = useTranslation('datasets');
  const terms = useDatasetTerms();
  const set =
    <K extends keyof MetadataValues>(key: K) =>
    (value: MetadataValues[K]) =>
      onChange({ ...values, [key]: value });
  const personal = values.accessClass === 'personal_data';
  return (
    <>
      <Fieldset className="kl-field-group">
        <FieldsetLegend>{t('groups.what')}</FieldsetLegend>
        <TextField
          id={ids.title}
          label={t('fields.title')}
          maxLength={LIMITS.datasetTitleMax}
          value={values.title}
          onChange={set('title')}
          error={errors.title}
        />
        <TextareaField
          id={ids.description}
          label={t('fields.description')}
          description={t('fields.descriptionHint')}
          maxLength={LIMITS.datasetDescriptionMax}
          rows={5}
          value={values.description}
          onChange={set('description')}
          error={errors.description}
        />
        <SelectField
          id={ids.theme}
          label={t('fields.theme')}
          placeholder={t('fields.choose')}
          options={DATASET_THEMES.map((value) => ({ value, label: terms.theme(value) }))}
          value={values.theme}
          onChange={set('theme')}
          error={errors.theme}
        />
        <TextField
          id={ids.keywords}
          label={t('fields.keywords')}
          description={t('fields.keywordsHint')}
          optional
          value={values.keywords}
          onChange={set('keywords')}
          error={errors.keywords}
        />
      </Fieldset>
      <Fieldset className="kl-field-group">
        <FieldsetLegend>{t('groups.use')}</FieldsetLegend>
        <SelectField
          id={ids.accessClass}
          label={t('fields.accessClass')}
          description={t('fields.accessClassHint')}
          placeholder={t('fields.choose')}
          options={ACCESS_CLASSES.map((value) => ({ value, label: terms.accessClass(value) }))}
          value={values.accessClass}
          onChange={set('accessClass')}
          error={errors.accessClass}
        />
        <TextareaField
          id={ids.legalBasis}
          label={t('fields.legalBasis')}
          description={t('fields.legalBasisHint')}
          optional={!personal}
          maxLength={LIMITS.datasetLegalBasisMax}
          rows={2}
          value={values.legalBasis}
          onChange={set('legalBasis')}
          error={errors.legalBasis}
        />
        <SelectField
          id={ids.licence}
          label={t('fields.licence')}
          placeholder={t('fields.choose')}
          options={DATASET_LICENCES.map((value) => ({ value, label: terms.licence(value) }))}
          value={values.licence}
          onChange={set('licence')}
          error={errors.licence}
        />
      </Fieldset>
      <Fieldset className="kl-field-group">
        <FieldsetLegend>{t('groups.origin')}</FieldsetLegend>
        <SelectField
          id={ids.publisherOrganisationId}
          label={t('fields.publisher')}
          description={t('fields.publisherHint')}
          options={organisations.map((organisation) => ({
            value: organisation.id,
            label: organisation.name,
          }))}
          value={values.publisherOrganisationId}
          onChange={set('publisherOrganisationId')}
          error={errors.publisherOrganisationId}
        />
        <TextareaField
          id={ids.source}
          label={t('fields.source')}
          description={t('fields.sourceHint')}
          optional
          maxLength={LIMITS.datasetSourceMax}
          rows={2}
          value={values.source}
          onChange={set('source')}
          error={errors.source}
        />
        <TextField
          id={ids.contactName}
          label={t('fields.contactName')}
          maxLength={LIMITS.datasetContactNameMax}
          autoComplete="off"
          value={values.contactName}
          onChange={set('contactName')}
          error={errors.contactName}
        />
        <TextField
          id={ids.contactEmail}
          label={t('fields.contactEmail')}
          type="email"
          autoComplete="off"
          maxLength={LIMITS.emailMax}
          value={values.contactEmail}
          onChange={set('contactEmail')}
          error={errors.contactEmail}
        />
        <TextField
          id={ids.identifier}
          label={t('fields.identifier')}
          description={t('fields.identifierHint')}
          optional
          maxLength={LIMITS.datasetIdentifierMax}
          value={values.identifier}
          onChange={set('identifier')}
          error={errors.identifier}
        />
      </Fieldset>
      <Fieldset className="kl-field-group">
        <FieldsetLegend>{t('groups.coverage')}</FieldsetLegend>
        <SelectField
          id={ids.updateFrequency}
          label={t('fields.updateFrequency')}
          placeholder={t('fields.choose')}
          options={UPDATE_FREQUENCIES.map((value) => ({ value, label: terms.frequency(value) }))}
          value={values.updateFrequency}
          onChange={set('updateFrequency')}
          error={errors.updateFrequency}
        />
        <TextField
          id={ids.temporalStart}
          label={t('fields.temporalStart')}
          description={t('fields.temporalHint')}
          type="date"
          optional
          value={values.temporalStart}
          onChange={set('temporalStart')}
          error={errors.temporalStart}
        />
        <TextField
          id={ids.temporalEnd}
          label={t('fields.temporalEnd')}
          type="date"
          optional
          value={values.temporalEnd}
          onChange={set('temporalEnd')}
          error={errors.temporalEnd}
        />
        <TextField
          id={ids.spatialCoverage}
          label={t('fields.spatialCoverage')}
          description={t('fields.spatialCoverageHint')}
          optional
          maxLength={LIMITS.datasetCoverageMax}
          value={values.spatialCoverage}
          onChange={set('spatialCoverage')}
          error={errors.spatialCoverage}
        />
      </Fieldset>
    </>
  );
}
