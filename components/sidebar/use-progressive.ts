import { useEffect, useState } from 'preact/hooks';

/**
 * How many of `total` items to render: `first` at once, the rest `batch` per frame. The first
 * prompts are usable while the rest of a long session is still being drawn.
 */
export function useProgressive(total: number, batch: number, first = batch): number {
  const [shown, setShown] = useState(Math.min(first, total));
  useEffect(() => {
    if (shown >= total) return;
    const frame = requestAnimationFrame(() => setShown((n) => Math.min(total, n + batch)));
    return () => cancelAnimationFrame(frame);
  }, [shown, total]);
  return shown;
}
