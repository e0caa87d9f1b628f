import type { HypothesisStatus } from '@ketenlab/domain';

interface StatusBarProps {
  counts: ReadonlyArray<{ status: HypothesisStatus; count: number }>;
  total: number;
}

/**
 * A stacked bar of one question's statuses. Decoration only: the numbers stand in the table
 * cells beside it, so it is hidden from assistive technology and colour carries nothing alone.
 */
export function StatusBar({ counts, total }: StatusBarProps) {
  if (!total) return null;
  return (
    <span className="kl-status-bar" aria-hidden="true">
      {counts
        .filter(({ count }) => count > 0)
        .map(({ status, count }) => (
          <span
            key={status}
            className={`kl-status-bar__part kl-status-bar__part--${status}`}
            style={{ inlineSize: `${(100 * count) / total}%` }}
          />
        ))}
    </span>
  );
}
