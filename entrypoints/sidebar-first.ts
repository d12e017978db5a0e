import { askFirst, keepFirstAsks } from './sidebar/first-asks';

/**
 * The sidebar's early script: an async classic script at the top of sidebar.html, run as soon as it
 * is fetched, so its questions are on their way while the stylesheets and the main script (a
 * module, over 180 KB) are still being fetched, compiled and evaluated (issue 20 item 1). See
 * sidebar/first-asks.ts.
 */
export default defineUnlistedScript(() => keepFirstAsks(askFirst));
