import { useFormat } from './use-format';

/** A date (or date and time) in the reader's language, machine-readable too. */
export function FormattedDate({ value, withTime = false }: { value: string; withTime?: boolean }) {
  const format = useFormat();
  return <time dateTime={value}>{withTime ? format.dateTime(value) : format.date(value)}</time>;
}
