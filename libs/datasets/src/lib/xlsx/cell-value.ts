import type { CellValue as ExcelCellValue } from 'exceljs';
import type { CellValue } from '../row';

/**
 * An exceljs cell value as the ingest hands it on: formulas by their cached result, rich text
 * and hyperlinks by their text, errors (`#N/A`, `#DIV/0!`) by their code.
 */
export function cellValue(value: ExcelCellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value instanceof Date
  ) {
    return value;
  }
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    return 'result' in value ? cellValue(value.result as ExcelCellValue) : null;
  }
  if ('hyperlink' in value) return cellValue(value.text as ExcelCellValue);
  if ('error' in value) return value.error;
  return null;
}
