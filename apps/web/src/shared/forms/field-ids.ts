import { useId } from 'react';

/** Stable ids for a form's fields, so labels, descriptions, errors and summary links agree. */
export function useFieldIds<F extends string>(fields: readonly F[]): Record<F, string> {
  const base = useId();
  return Object.fromEntries(fields.map((field) => [field, `${base}${field}`])) as Record<F, string>;
}

/** The ids a field's description and error message carry, for `aria-describedby`. */
export function describedBy(
  id: string,
  parts: { description?: unknown; error?: unknown },
): string | undefined {
  const ids = [
    parts.description ? `${id}-description` : null,
    parts.error ? `${id}-error` : null,
  ].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}
