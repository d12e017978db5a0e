import { browser } from '#imports';
import type { SidebarToBackground, SidebarToPage } from '../../core/messages';
import { askEmbedder } from './embedder';
import { todaySince } from '../../core/session/today';
import { readPackRows, readSessionsEarly } from './plain-reads';

/**
 * What the sidebar must know before it draws anything, asked as its page starts (issue 20): whose
 * record the page shows and which tab this is (both round trips through the background to the
 * page), whether it may show itself here (the frame's token), the packs' prompts and today's
 * sessions (IndexedDB; the sessions are held in plain-reads.ts for the session model's first read).
 * The early script (entrypoints/sidebar-first.ts) asks them while the sidebar's main script is
 * still being fetched and evaluated, so the answers travel meanwhile; main.tsx takes them.
 * Replies are raw here and checked against the message schemas where they are used, which keeps
 * zod out of the early script.
 */
export interface FirstAsks {
  page: Promise<unknown>;
  tab: Promise<unknown>;
  embedder: boolean | Promise<unknown>;
  /** Undefined when the plain read failed, so Dexie reads them instead. */
  packs: Promise<unknown[] | undefined>;
}

const send = (message: SidebarToPage | SidebarToBackground): Promise<unknown> => browser.runtime.sendMessage(message).catch(() => undefined);

export function askFirst(): FirstAsks {
  readSessionsEarly(todaySince(Date.now()));
  return {
    page: send({ type: 'sidebarToPage.pageContext' }),
    tab: send({ type: 'sidebarToBackground.whichTab' }),
    embedder: askEmbedder(send),
    packs: readPackRows().catch(() => undefined),
  };
}

/**
 * Where the early script leaves its asks for main.tsx: the sidebar's own window, which no page can
 * reach. 'taken' once main.tsx has them, or has asked itself.
 */
type Holder = typeof globalThis & { coplanFirstAsks?: FirstAsks | 'taken' };

/**
 * The early script is async, so it runs as soon as it is fetched rather than after the stylesheets,
 * and nothing orders it before main.tsx: where main.tsx came first and asked, asking again would
 * spend the frame's one-time token twice.
 */
export function keepFirstAsks(ask: () => FirstAsks): void {
  const holder = globalThis as Holder;
  if (!holder.coplanFirstAsks) holder.coplanFirstAsks = ask();
}

/** The early script's asks, taken once; asked now where it did not run. */
export function takeFirstAsks(): FirstAsks {
  const holder = globalThis as Holder;
  const kept = holder.coplanFirstAsks;
  holder.coplanFirstAsks = 'taken';
  return kept && kept !== 'taken' ? kept : askFirst();
}
