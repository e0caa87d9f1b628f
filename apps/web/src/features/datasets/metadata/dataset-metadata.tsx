import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { Fragment, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetPageQuery } from '../../../gql/graphql';
import { useFormat } from '../../../shared/format';
import { datasetDcatUrl } from '../dataset-path';
import { useDatasetTerms } from '../use-dataset-terms';

type Dataset = DatasetPageQuery['dataset'];

/** The dataset's description as DCAT-AP-NL has it, readable by every project member. */
export function DatasetMetadata({ dataset, actions }: { dataset: Dataset; actions?: ReactNode }) {
  const { t } = useTranslation('datasets');
  const terms = useDatasetTerms();
  const format = useFormat();
  const headingId = useId();
  const missing = <span className="kl-muted">{t('page.notGiven')}</span>;
  const { temporalStart: from, temporalEnd: to } = dataset;
  const period =
    from && to
      ? t('page.period', { from: format.date(from), to: format.date(to) })
      : from
        ? t('page.periodFrom', { from: format.date(from) })
        : to
          ? t('page.periodTo', { to: format.date(to) })
          : null;
  const rows: Array<[string, ReactNode]> = [
    [t('fields.description'), <span className="kl-prose">{dataset.description}</span>],
    [t('fields.ownerOrganisation'), dataset.ownerOrganisation.name],
    [t('fields.publisher'), dataset.publisher.name],
    [t('fields.theme'), terms.theme(dataset.theme)],
    [t('fields.accessClass'), terms.accessClass(dataset.accessClass)],
    [t('fields.legalBasis'), dataset.legalBasis || missing],
    [t('fields.licence'), terms.licence(dataset.licence)],
    [t('fields.updateFrequency'), terms.frequency(dataset.updateFrequency)],
    [
      t('fields.contactName'),
      <>
        {dataset.contactName} (
        <a className="utrecht-link utrecht-link--html-a" href={`mailto:${dataset.contactEmail}`}>
          {dataset.contactEmail}
        </a>
        )
      </>,
    ],
    [t('page.periodLabel'), period ?? missing],
    [t('fields.spatialCoverage'), dataset.spatialCoverage || missing],
    [
      t('fields.source'),
      dataset.source ? <span className="kl-prose">{dataset.source}</span> : missing,
    ],
    [t('fields.keywords'), dataset.keywords.length ? format.list(dataset.keywords) : missing],
    [
      t('fields.identifier'),
      <span className="kl-code kl-break-anywhere">{dataset.identifier}</span>,
    ],
  ];
  return (
    <section aria-labelledby={headingId} className="kl-section">
      <Heading2 id={headingId}>{t('page.metadata')}</Heading2>
      <dl className="kl-details">
        {rows.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
      <Paragraph className="kl-section-actions">
        <a className="utrecht-link utrecht-link--html-a" href={datasetDcatUrl(dataset.id)} download>
          {t('page.dcat')}
        </a>{' '}
        <span className="kl-muted">{t('page.dcatHint')}</span>
      </Paragraph>
      {actions ? <div className="kl-section-actions">{actions}</div> : null}
    </section>
  );
}
