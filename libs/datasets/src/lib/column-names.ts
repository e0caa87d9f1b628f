import type { CellValue } from './row';

/**
 * Column names from the header row: trimmed; an empty one becomes `kolom N` (its position);
 * a repeated one gets ` (2)`, ` (3)`… so every column can be addressed by name.
 */
export function columnNames(header: readonly CellValue[]): string[] {
  const seen = new Set<string>();
  return header.map((cell, index) => {
    const text = cell instanceof Date ? cell.toISOString() : String(cell ?? '').trim();
    const base = text || `kolom ${index + 1}`;
    let name = base;
    for (let copy = 2; seen.has(name); copy++) name = `${base} (${copy})`;
    seen.add(name);
    return name;
  });
}
