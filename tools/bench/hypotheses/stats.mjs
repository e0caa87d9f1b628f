// Percentiles of a list of milliseconds, nearest-rank.
export function percentile(values, p) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '—');
