import { Heading3 } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useFormat, useNumberFormat } from '../../../shared/format';
import { useDatasetTerms } from '../use-dataset-terms';
import { HistogramChart } from './histogram-chart';
import type { HistogramBin } from './histogram-bars';
import { ShareMeter } from './share-meter';

/** One column of a profile; `values` (read from rows) is absent for whom may not see the rows. */
export interface ColumnProfileView {
  readonly name: string;
  readonly type: string;
  readonly emptyCount: number;
  readonly completeness: number;
  readonly nonConforming: number;
  readonly distinctCount: number;
  readonly distinctExact: boolean;
  readonly values?: {
    readonly min: string | null;
    readonly max: string | null;
    readonly mean: number | null;
    readonly histogram: readonly HistogramBin[];
    readonly topValues: readonly { readonly value: string; readonly count: number }[];
    readonly topValuesExact: boolean;
  } | null;
}

/** A column at a glance: its kind, how full it is, its range and its most frequent values. */
export function ColumnProfileCard({ column }: { column: ColumnProfileView }) {
  const { t } = useTranslation('datasets');
  const terms = useDatasetTerms();
  const number = useNumberFormat();
  const dates = useFormat();
  const extreme = (value: string | null) => {
    if (value === null) return null;
    if (column.type === 'date') return dates.date(value);
    const numeric = Number(value);
    return Number.isFinite(numeric) && value.trim() !== '' ? number.number(numeric) : value;
  };
  const values = column.values ?? null;
  const min = extreme(values?.min ?? null);
  const max = extreme(values?.max ?? null);
  const mean = values?.mean ?? null;
  return (
    <li className="kl-column-card">
      <Heading3 className="kl-column-card__title">{column.name}</Heading3>
      <p className="kl-column-card__type">{terms.columnType(column.type)}</p>
      <dl>
        <dt>{t('profile.filled')}</dt>
        <dd>
          <ShareMeter share={column.completeness} />
        </dd>
        <dt>{t('profile.empty')}</dt>
        <dd>{number.integer(column.emptyCount)}</dd>
        {column.nonConforming > 0 ? (
          <>
            <dt>{t('profile.nonConforming')}</dt>
            <dd>{number.integer(column.nonConforming)}</dd>
          </>
        ) : null}
        <dt>{t('profile.distinct')}</dt>
        <dd>
          {column.distinctExact
            ? number.integer(column.distinctCount)
            : t('profile.distinctEstimate', { value: number.integer(column.distinctCount) })}
        </dd>
        {min !== null ? (
          <>
            <dt>{t('profile.min')}</dt>
            <dd>{min}</dd>
          </>
        ) : null}
        {max !== null ? (
          <>
            <dt>{t('profile.max')}</dt>
            <dd>{max}</dd>
          </>
        ) : null}
        {mean !== null ? (
          <>
            <dt>{t('profile.mean')}</dt>
            <dd>{number.number(mean)}</dd>
          </>
        ) : null}
      </dl>
      {values?.histogram.length ? (
        <HistogramChart columnName={column.name} bins={values.histogram} />
      ) : null}
      {/* In a column of unique values (codes, names) every value is "most frequent" once: no news. */}
      {values?.topValues.length && values.topValues[0].count > 1 ? (
        <div>
          <p className="kl-column-card__type">
            {values.topValuesExact ? t('profile.topValues') : t('profile.topValuesEstimate')}
          </p>
          <ol className="kl-top-values">
            {values.topValues.slice(0, 5).map((top) => (
              <li key={top.value}>
                <span className="kl-top-values__value" title={top.value}>
                  {top.value === '' ? t('profile.emptyValue') : top.value}
                </span>
                <span className="kl-numeric">{number.integer(top.count)}×</span>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </li>
  );
}
