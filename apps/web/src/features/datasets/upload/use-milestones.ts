import { useEffect, useRef, useState } from 'react';

const STEP = 0.25;

/**
 * What the live region says while a file goes up: a word at the start, at every quarter and at
 * the end, not at every progress event (which would drown out everything else a screen reader
 * has to say).
 */
export function useMilestone(share: number | null): number | null {
  const [milestone, setMilestone] = useState<number | null>(null);
  const last = useRef<number | null>(null);
  useEffect(() => {
    if (share === null) {
      last.current = null;
      setMilestone(null);
      return;
    }
    const reached = Math.floor(share / STEP) * STEP;
    if (reached > 0 && reached < 1 && reached !== last.current) {
      last.current = reached;
      setMilestone(reached);
    }
  }, [share]);
  return milestone;
}
