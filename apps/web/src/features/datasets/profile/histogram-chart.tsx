import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../../../shared/format';
import { fullestBar, histogramBars, type HistogramBin } from './histogram-bars';

const WIDTH = 200;
const HEIGHT = 56;
const GAP = 2;

interface HistogramChartProps {
  columnName: string;
  bins: readonly HistogramBin[];
}

/**
 * A small bar chart of how a number column's values spread. The picture is for a glance; the
 * same facts are in words (the image's name says where most values lie) and, on request, in a
 * table of every bin, so nothing depends on seeing the bars or telling colours apart.
 */
export function HistogramChart({ columnName, bins }: HistogramChartProps) {
  const { t } = useTranslation('datasets');
  const format = useNumberFormat();
  const bars = histogramBars(bins);
  const min = bars[0]?.from ?? 0;
  const max = bars[bars.length - 1]?.to ?? 0;
  const fullest = fullestBar(bars);
  const barWidth = bars.length ? WIDTH / bars.length : WIDTH;
  const range = (from: number, to: number) =>
    t('profile.histogram.range', { from: format.number(from), to: format.number(to) });
  const summary = t('profile.histogram.summary', {
    column: columnName,
    min: format.number(min),
    max: format.number(max),
    fullest: fullest ? range(fullest.from, fullest.to) : '',
    count: fullest?.count ?? 0,
  });
  return (
    <figure className="kl-histogram">
      <svg
        className="kl-histogram__chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT + 1}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={summary}
        focusable="false"
      >
        {bars.map((bar, i) => {
          const height = bar.count > 0 ? Math.max(1, bar.height * HEIGHT) : 0;
          return (
            <rect
              key={i}
              x={i * barWidth + GAP / 2}
              y={HEIGHT - height}
              width={Math.max(1, barWidth - GAP)}
              height={height}
            />
          );
        })}
        <line x1={0} y1={HEIGHT + 0.5} x2={WIDTH} y2={HEIGHT + 0.5} />
      </svg>
      <figcaption className="kl-histogram__axis">
        <span>{format.number(min)}</span>
        <span>{format.number(max)}</span>
      </figcaption>
      <details className="kl-histogram__details">
        <summary>{t('profile.histogram.asTable')}</summary>
        <Table className="kl-table kl-table--compact">
          <TableCaption className="kl-visually-hidden">
            {t('profile.histogram.caption', { column: columnName })}
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('profile.histogram.bin')}</TableHeaderCell>
              <TableHeaderCell scope="col" className="kl-numeric">
                {t('profile.histogram.count')}
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {bars.map((bar, i) => (
              <TableRow key={i}>
                <TableHeaderCell scope="row">{range(bar.from, bar.to)}</TableHeaderCell>
                <TableCell className="kl-numeric">{format.integer(bar.count)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </details>
    </figure>
  );
}
