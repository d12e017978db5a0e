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
    // The domain's own box, not the paragraph: inside a domain not yet drawn (content-visibility)
    // the paragraph is never reported as on screen. Seen means the domain's top, where the
    // introduction is, came into view; thresholds every 5% report it as the domain scrolls.
    const section = ref.current?.closest('section');
    if (folded || !section) return;
    if (typeof IntersectionObserver === 'undefined') return markIntroSeen(domain.id);
    const observer = new IntersectionObserver(
      (entries) => {
        const top = entries.at(-1)?.boundingClientRect.top;
        if (top === undefined || top < 0 || top > window.innerHeight - 40) return;
        markIntroSeen(domain.id);
        observer.disconnect();
      },
      { threshold: Array.from({ length: 21 }, (_, i) => i / 20) },
    );
    observer.observe(section);
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
