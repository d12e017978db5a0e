import { useEffect, useRef } from 'preact/hooks';
import type { Domain } from '../../../core/framework/schema';
import { introsSeenBefore, markIntroSeen } from './seen-intros';

/**
 * A domain's introduction: in full the first time it comes into view, then folded under "About
 * this area" in later sessions, so the clinician's questions lead (issue 18).
 */
export function DomainIntro({ domain }: { domain: Domain }) {
  const folded = introsSeenBefore().value.has(domain.id);
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (folded || !el) return;
    // Seen means on screen, not drawn: the sidebar draws every domain, most of them below the fold.
    if (typeof IntersectionObserver === 'undefined') return markIntroSeen(domain.id);
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      markIntroSeen(domain.id);
      observer.disconnect();
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [folded, domain.id]);
  if (folded) {
    return (
      <details class="domain__intro">
        <summary>About this area</summary>
        <p class="domain__summary">{domain.summary}</p>
      </details>
    );
  }
  return <p class="domain__summary" ref={ref}>{domain.summary}</p>;
}
