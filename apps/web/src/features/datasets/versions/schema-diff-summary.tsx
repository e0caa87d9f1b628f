import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../shared/format';
import { useDatasetTerms } from '../use-dataset-terms';

interface ColumnRef {
  readonly name: string;
  readonly type: string;
}

export interface SchemaDiffData {
  readonly added: readonly ColumnRef[];
  readonly removed: readonly ColumnRef[];
  readonly retyped: readonly {
    readonly name: string;
    readonly from: string;
    readonly to: string;
  }[];
}

/**
 * What changed in the columns since the version before, in words with a sign in front
 * (+ added, − removed, ~ retyped), so the kind of change never rests on colour.
 */
export function SchemaDiffSummary({ diff }: { diff: SchemaDiffData | null }) {
  const { t } = useTranslation('datasets');
  const terms = useDatasetTerms();
  const format = useFormat();
  if (!diff) return <span className="kl-muted">{t('versions.first')}</span>;
  const named = (columns: readonly ColumnRef[]) =>
    format.list(columns.map((column) => `${column.name} (${terms.columnType(column.type)})`));
  const lines = [
    diff.added.length
      ? { mark: '+', text: t('versions.added', { columns: named(diff.added) }) }
      : null,
    diff.removed.length
      ? { mark: '−', text: t('versions.removed', { columns: named(diff.removed) }) }
      : null,
    diff.retyped.length
      ? {
          mark: '~',
          text: t('versions.retyped', {
            columns: format.list(
              diff.retyped.map((column) =>
                t('versions.retypedColumn', {
                  name: column.name,
                  from: terms.columnType(column.from),
                  to: terms.columnType(column.to),
                }),
              ),
            ),
          }),
        }
      : null,
  ].filter((line) => line !== null);
  if (!lines.length) return <span className="kl-muted">{t('versions.unchanged')}</span>;
  return (
    <ul className="kl-diff">
      {lines.map((line) => (
        <li key={line.mark}>
          <span className="kl-diff__mark" aria-hidden="true">
            {line.mark}
          </span>
          {line.text}
        </li>
      ))}
    </ul>
  );
}
