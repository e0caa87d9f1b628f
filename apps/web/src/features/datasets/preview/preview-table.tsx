import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useNumberFormat } from '../../../shared/format';

interface PreviewTableProps {
  caption: string;
  rowLabel: string;
  columns: readonly string[];
  rows: readonly (readonly (string | null)[])[];
  /** The 0-based number of the first row shown, for the row numbers; null shows none. */
  offset: number | null;
}

/**
 * Rows as a table with a row number in front. The caption says which rows; the table scrolls
 * sideways inside a focusable region, so keyboard users can scroll wide tables too.
 */
export function PreviewTable({ caption, rowLabel, columns, rows, offset }: PreviewTableProps) {
  const number = useNumberFormat();
  return (
    <div className="kl-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <Table className="kl-table kl-table--compact kl-preview">
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {offset !== null ? (
              <TableHeaderCell scope="col" className="kl-numeric">
                {rowLabel}
              </TableHeaderCell>
            ) : null}
            {columns.map((column, i) => (
              <TableHeaderCell key={i} scope="col">
                {column}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row, r) => (
            <TableRow key={(offset ?? 0) + r}>
              {offset !== null ? (
                <TableHeaderCell scope="row" className="kl-numeric">
                  {number.integer(offset + r + 1)}
                </TableHeaderCell>
              ) : null}
              {columns.map((_, c) => (
                <TableCell key={c}>{row[c] ?? ''}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
