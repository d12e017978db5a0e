import { browser } from '#imports';
import { describeField, preferredField } from '../../core/ehr/field-profile';
import type { FieldScan } from '../../core/ehr/fields';
import type { PersonContextRule } from '../../core/ehr/page-context';
import { pageReplies, type ContentToBackground } from '../../core/messages';

/*
 * The content script reads no storage (H-33): the background holds the policy and the fields
 * remembered per site, and answers for the site the browser says this page is on.
 */
const ask = (message: ContentToBackground) => browser.runtime.sendMessage(message);

async function siteRules() {
  const reply = pageReplies.siteRules.safeParse(await ask({ type: 'contentToBackground.siteRules' }));
  // Without the rules the guard cannot tell the person: say so, so the sidebar asks and an insert refuses.
  if (!reply.success) throw new Error('Coplan could not read the rules for this site');
  return reply.data;
}

/** Whether the trust wants Coplan in the page at all, or only in the browser's own side panel (issue 17). */
export async function inPagePanel(): Promise<boolean> {
  // Unanswered, Coplan opens as it always has: a background that cannot answer leaves no launcher otherwise.
  return (await siteRules().catch(() => undefined))?.panel !== 'side-panel';
}

/** Whose record the page shows, per the trust's policy for this site. */
export async function personRule(): Promise<PersonContextRule | undefined> {
  return (await siteRules()).personRule;
}

export async function preferred(scan: FieldScan): Promise<string | undefined> {
  const { fieldProfile, memory } = await siteRules();
  return preferredField(scan, fieldProfile, memory);
}

export async function remember(element: HTMLElement, label: string): Promise<void> {
  await ask({ type: 'contentToBackground.rememberField', field: describeField(element, label) });
}
