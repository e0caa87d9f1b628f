/**
 * A cell as the ingest hands it on: CSV cells are text (null when empty); XLSX cells keep the
 * type the workbook stored.
 */
export type CellValue = string | number | boolean | Date | null;
