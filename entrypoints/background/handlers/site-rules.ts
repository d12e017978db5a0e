import { browser } from '#imports';
import { contentToBackground, messageType, receive, type ContentToBackground } from '../../../core/messages';
import { respondWith } from '../../../core/respond';
import { PLACEMENT_KEY, readPlacement } from '../../../core/placement';
import { matchesPattern } from '../../../core/sites/match';
import { loadFieldMemory, rememberField } from '../../../core/storage/field-memory-item';
import { loadPolicyCopy } from '../../../core/storage/policy-copy-item';
import type { Sender } from '../sidebar-tab';

const siteOf = <T extends { site: string }>(rules: T[], url: string) => rules.find((rule) => matchesPattern(rule.site, url));
const withoutSite = <T extends { site: string }>(rule: T | undefined) => {
  if (!rule) return undefined;
  const { site: _site, ...rest } = rule;
  return rest;
};

async function siteRules(url: string) {
  const [policy, memory, placement] = await Promise.all([
    loadPolicyCopy(),
    loadFieldMemory(new URL(url).origin),
    // The content script's own setting, read here so a page load asks one question, not two (issue 20).
    browser.storage.local.get(PLACEMENT_KEY).then((stored) => readPlacement(stored[PLACEMENT_KEY])),
  ]);
  const personRule = withoutSite(siteOf(policy.personContext, url));
  const fieldProfile = withoutSite(siteOf(policy.fieldProfiles, url));
  return { ...(personRule && { personRule }), ...(fieldProfile && { fieldProfile }), ...(memory && { memory }), ...(policy.panel && { panel: policy.panel }), placement };
}

/**
 * Answers a content script's questions about its own site (H-33): the policy and the remembered
 * fields live where no content script can reach them, and the site is the one the browser says
 * sent the message, never one the page names.
 */
export function registerSiteRules(): void {
  browser.runtime.onMessage.addListener(
    respondWith((raw: unknown, sender: Sender) => {
      const type = messageType(raw);
      if (type !== 'contentToBackground.siteRules' && type !== 'contentToBackground.rememberField') return undefined;
      const request: ContentToBackground | undefined = receive(contentToBackground[type === 'contentToBackground.siteRules' ? 'siteRules' : 'rememberField'], raw, sender, browser.runtime.id);
      if (!request || !sender.url) return undefined;
      if (request.type === 'contentToBackground.rememberField') return rememberField(new URL(sender.url).origin, request.field).then(() => ({ ok: true }));
      return siteRules(sender.url);
    }),
  );
}
