import { askFirst, keepFirstAsks } from './sidebar/first-asks';

/**
 * The sidebar's early script: a classic script at the top of sidebar.html, run as the HTML is
 * parsed, so its questions are on their way while the main script (a module, over 180 KB) is
 * still being fetched, compiled and evaluated (issue 20 item 1). See sidebar/first-asks.ts.
 */
export default defineUnlistedScript(() => keepFirstAsks(askFirst()));
