import { LIMITS } from '@ketenlab/domain';
import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
  Paragraph,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextareaField, TextField, describedBy } from '../../../shared/forms';
import { useFormat } from '../../../shared/format';
import { useHypothesisTerms } from '../use-hypothesis-terms';
import {
  evidencePath,
  newEvidenceDraft,
  OFFERED_EVIDENCE_KINDS,
  type EvidenceDraft,
} from './evidence-draft';

export interface EvidenceVersion {
  id: string;
  name: string;
  createdAt: string;
}

export interface EvidenceDataset {
  id: string;
  title: string;
}

interface EvidenceFieldsProps {
  id: string;
  drafts: EvidenceDraft[];
  onChange: (drafts: EvidenceDraft[]) => void;
  versions: readonly EvidenceVersion[];
  datasets: readonly EvidenceDataset[];
  /** Ids by API path (`evidence.0.url`), shared with the error summary. */
  idOf: (path: string) => string;
  errors: Record<string, string | undefined>;
  error?: string;
}

/** The evidence a verdict cites: one fieldset per piece, each with the fields of its kind. */
export function EvidenceFields({
  id,
  drafts,
  onChange,
  versions,
  datasets,
  idOf,
  errors,
  error,
}: EvidenceFieldsProps) {
  const { t } = useTranslation('hypotheses');
  const terms = useHypothesisTerms();
  const format = useFormat();
  const update = (key: number, change: Partial<EvidenceDraft>) =>
    onChange(drafts.map((draft) => (draft.key === key ? { ...draft, ...change } : draft)));
  const description = t('move.evidenceDescription');
  return (
    <Fieldset
      id={id}
      invalid={Boolean(error)}
      aria-describedby={describedBy(id, { description, error })}
      className="kl-evidence"
    >
      <FieldsetLegend>{t('move.evidence')}</FieldsetLegend>
      <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>
      {error ? <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage> : null}
      {drafts.map((draft, index) => {
        const number = index + 1;
        const path = (field: Parameters<typeof evidencePath>[1]) => evidencePath(index, field);
        return (
          <Fieldset key={draft.key} className="kl-evidence__item">
            <FieldsetLegend>{t('move.evidenceItem', { number })}</FieldsetLegend>
            <SelectField
              id={idOf(`evidence.${index}.kind`)}
              label={t('move.kind')}
              value={draft.kind}
              options={OFFERED_EVIDENCE_KINDS.map((kind) => ({
                value: kind,
                label: terms.evidenceKind(kind),
              }))}
              onChange={(kind) => update(draft.key, { kind })}
            />
            {draft.kind === 'external' ? (
              <>
                <TextField
                  id={idOf(path('url'))}
                  type="url"
                  label={t('move.url')}
                  description={t('move.urlDescription')}
                  maxLength={LIMITS.evidenceUrlMax}
                  value={draft.url}
                  onChange={(url) => update(draft.key, { url })}
                  error={errors[path('url')]}
                />
                <TextField
                  id={idOf(path('title'))}
                  label={t('move.sourceTitle')}
                  maxLength={LIMITS.evidenceTitleMax}
                  value={draft.title}
                  onChange={(title) => update(draft.key, { title })}
                  error={errors[path('title')]}
                />
              </>
            ) : null}
            {draft.kind === 'question_version' ? (
              versions.length ? (
                <SelectField
                  id={idOf(path('targetId'))}
                  label={t('move.version')}
                  placeholder={t('move.versionPlaceholder')}
                  value={draft.versionId}
                  options={versions.map((version) => ({
                    value: version.id,
                    label: `${version.name} (${format.dateTime(version.createdAt)})`,
                  }))}
                  onChange={(versionId) => update(draft.key, { versionId })}
                  error={errors[path('targetId')]}
                />
              ) : (
                <Paragraph id={idOf(path('targetId'))} tabIndex={-1}>
                  {t('move.noVersions')}
                </Paragraph>
              )
            ) : null}
            {draft.kind === 'dataset' ? (
              datasets.length ? (
                <SelectField
                  id={idOf(path('targetId'))}
                  label={t('move.dataset')}
                  placeholder={t('move.datasetPlaceholder')}
                  value={draft.datasetId}
                  options={datasets.map((dataset) => ({ value: dataset.id, label: dataset.title }))}
                  onChange={(datasetId) => update(draft.key, { datasetId })}
                  error={errors[path('targetId')]}
                />
              ) : (
                <Paragraph id={idOf(path('targetId'))} tabIndex={-1}>
                  {t('move.noDatasets')}
                </Paragraph>
              )
            ) : null}
            {draft.kind === 'question_passage' ? (
              <TextareaField
                id={idOf(path('quote'))}
                label={t('move.quote')}
                maxLength={LIMITS.evidenceQuoteMax}
                rows={3}
                value={draft.quote}
                onChange={(quote) => update(draft.key, { quote })}
                error={errors[path('quote')]}
              />
            ) : null}
            {drafts.length > 1 ? (
              <Button
                appearance="subtle-button"
                onClick={() => onChange(drafts.filter((d) => d.key !== draft.key))}
              >
                {t('move.removeEvidence', { number })}
              </Button>
            ) : null}
          </Fieldset>
        );
      })}
      {drafts.length < LIMITS.evidencePerTransitionMax ? (
        <Button
          appearance="secondary-action-button"
          onClick={() =>
            onChange([
              ...drafts,
              newEvidenceDraft(Math.max(0, ...drafts.map((draft) => draft.key)) + 1),
            ])
          }
        >
          {t('move.addEvidence')}
        </Button>
      ) : null}
    </Fieldset>
  );
}
