import type { ComponentChildren } from 'preact';

/**
 * The areas not on today's agenda: folded away below the chosen ones, one click from use, so the
 * person can still bring them up (issue 14). Closed at first; the browser keeps it open once opened.
 */
export function OtherAreas({ count, children }: { count: number; children: ComponentChildren }) {
  return (
    <details class="other-areas">
      <summary>
        Other areas, not on today’s agenda ({count})
      </summary>
      {children}
    </details>
  );
}
