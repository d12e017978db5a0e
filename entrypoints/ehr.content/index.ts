import { defineContentScript } from '#imports';
import { mountCoplan } from './mount';

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
    // Only the background passes the sidebar's requests to a content script.
    await mountCoplan(document, ctx.signal, (sender) => sender.tab === undefined);
  },
});
