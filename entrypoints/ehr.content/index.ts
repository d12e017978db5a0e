import { defineContentScript } from '#imports';
import { mountCoplan, tokenFrameUrl } from './mount';
import { siteRules } from './site-settings';

export default defineContentScript({
  // Replaced by the build's COPLAN_SITES (wxt.config.ts); this host never resolves.
  matches: ['https://coplan.invalid/*'],
  allFrames: true,
  runAt: 'document_idle',
  // WXT would otherwise announce itself with window.postMessage, which the page can read.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // Only the top document gets a launcher; sub-frames will report and fill fields.
    if (window !== window.top) return;
    const rules = await siteRules().catch(() => undefined);
    // Only the background passes the sidebar's requests to a content script. Policy may keep
    // Coplan out of the page, in the browser's side panel only (issue 17); unanswered, Coplan
    // opens as it always has, as a background that cannot answer would otherwise leave no launcher.
    mountCoplan(document, ctx.signal, (sender) => sender.tab === undefined, tokenFrameUrl, rules, rules?.panel !== 'side-panel');
  },
});
