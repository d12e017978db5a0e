import type { GuidanceModel } from '../../core/models/guidance-model';
import { SAFEGUARDING_SECTION_ID } from '../../core/guidance/safeguarding';

/** The button's id, so closing the section returns focus to it. */
export const SAFEGUARDING_ROUTE_ID = 'safeguarding-route';

/**
 * Always in the sticky jump bar: when a person discloses risk or abuse, one press opens the trust's
 * safeguarding and risk procedure (H-23: Coplan is not a risk tool, so it points the way out).
 */
export function SafeguardingRoute({ guidance }: { guidance: GuidanceModel }) {
  return (
    <button
      type="button"
      id={SAFEGUARDING_ROUTE_ID}
      class="jump__safeguarding"
      // One word on screen keeps the jump bar to one line at 1280x720 (issue 18); the full name is its accessible name and tooltip.
      aria-label="Safeguarding or risk concern"
      title="Safeguarding or risk concern"
      onClick={() => void guidance.openSection(SAFEGUARDING_SECTION_ID, SAFEGUARDING_ROUTE_ID)}
    >
      Safeguarding
    </button>
  );
}

/**
 * Above the procedure when the route opened it: what to do first, and whether the words below are
 * the trust's own (from its pack) or Coplan's general steps.
 */
export function SafeguardingNotice({ fromTrustPack }: { fromTrustPack: boolean }) {
  return (
    <div class="safeguarding-notice" role="note" aria-label="Safeguarding and risk">
      <p>
        <strong>Coplan is not a risk assessment.</strong> If anyone is in immediate danger, follow your trust’s emergency
        procedure and call 999. Record the concern where your trust’s procedure says, not only in Coplan.
      </p>
      {!fromTrustPack && (
        <p>
          Your trust has not put its own safeguarding procedure into Coplan: the steps below are general. Use your trust’s
          procedure and contacts, and ask whoever looks after Coplan to add them in a content pack.
        </p>
      )}
    </div>
  );
}
