import type { DeviatingField, DeviationKind } from '@ketenlab/domain';
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

export interface DeviationRow {
  kind: DeviationKind;
  hypothesisId: string | null;
  field: DeviatingField | null;
  before: string | null;
  after: string | null;
  lines: Array<{ change: 'added' | 'removed'; text: string }>;
}

interface DeviationListProps {
  deviations: DeviationRow[];
  /** The registered hypotheses, to name the one that changed. */
  hypotheses: Array<{ id: string; statement: string }>;
}

/** Everything that differs from the registration, in words, with the changed lines of text. */
export function DeviationList({ deviations, hypotheses }: DeviationListProps) {
  const { t } = useTranslation('questions');
  if (!deviations.length) return <Paragraph>{t('registration.deviations.none')}</Paragraph>;

  const value = (field: DeviatingField | null, raw: string | null) => {
    if (raw === null) return t('registration.deviations.noValue');
    if (field === 'status') return t(`registration.hypothesisStatus.${raw}`, { defaultValue: raw });
    if (field === 'expectedDirection')
      return t(`registration.direction.${raw}`, { defaultValue: raw });
    return raw;
  };
  const describe = (d: DeviationRow): string => {
    switch (d.kind) {
      case 'title_changed':
        return t('registration.deviations.title_changed', {
          before: d.before ?? '',
          after: d.after ?? '',
        });
      case 'text_changed':
        return t('registration.deviations.text_changed', {
          added: d.lines.filter((l) => l.change === 'added').length,
          removed: d.lines.filter((l) => l.change === 'removed').length,
        });
      case 'hypothesis_added':
        return t('registration.deviations.hypothesis_added', { statement: d.after ?? '' });
      case 'hypothesis_removed':
        return t('registration.deviations.hypothesis_removed', { statement: d.before ?? '' });
      case 'hypothesis_changed':
        return t('registration.deviations.hypothesis_changed', {
          statement: hypotheses.find((h) => h.id === d.hypothesisId)?.statement ?? '',
          field: d.field ? t(`registration.deviations.field.${d.field}`) : '',
          before: value(d.field, d.before),
          after: value(d.field, d.after),
        });
    }
  };

  return (
    <ul className="kl-deviations">
      {deviations.map((d, i) => (
        <li key={`${d.kind}-${d.hypothesisId ?? ''}-${d.field ?? ''}-${i}`} className="kl-break">
          {describe(d)}
          {d.lines.length ? (
            <ul className="kl-line-changes">
              {d.lines.map((line, j) =>
                line.change === 'added' ? (
                  <li key={j}>
                    <ins>
                      <span className="kl-visually-hidden">
                        {t('registration.deviations.added')}:{' '}
                      </span>
                      <span aria-hidden="true">+ </span>
                      {line.text}
                    </ins>
                  </li>
                ) : (
                  <li key={j}>
                    <del>
                      <span className="kl-visually-hidden">
                        {t('registration.deviations.removed')}:{' '}
                      </span>
                      <span aria-hidden="true">− </span>
                      {line.text}
                    </del>
                  </li>
                ),
              )}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
