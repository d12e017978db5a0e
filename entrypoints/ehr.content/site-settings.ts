import { browser } from '#imports';
import { describeField, preferredField } from '../../core/ehr/field-profile';
import type { FieldScan } from '../../core/ehr/fields';
import type { PersonContextRule } from '../../core/ehr/page-context';
import { pageReplies, type ContentToBackground, type SiteRules } from '../../core/messages';

/*
 * The content script reads no storage (H-33): the background holds the policy, the fields
 * remembered per site and the sidebar's placement, and answers for the site the browser says this
 * page is on.
 */
const ask = (message: ContentToBackground) => browser.runtime.sendMessage(message);

/** The rules for this page's site, and where the sidebar sits, as the background reads them now. */
export async function siteRules(): Promise<SiteRules> {
  const raw: unknown = await ask({ type: 'contentToBackground.siteRules' });
  // The reply's schema is built once there is a reply: as the page loads, that keeps zod's first
  // and costliest schema out of this script's first task, which runs as the page finishes loading.
  const reply = pageReplies.siteRules.safeParse(raw);
  // Without the rules the guard cannot tell the person: say so, so the sidebar asks and an insert refuses.
  if (!reply.success) throw new Error('Coplan could not read the rules for this site');
  return reply.data;
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
