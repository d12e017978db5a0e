// @vitest-environment happy-dom
// Issue #18: a choice becomes the site's default only when it is a field of the page itself, and
// only the summary's field: never a frame's field, never a second part of the same insert.
import { afterEach, describe, expect, it } from 'vitest';
import type { PageContext } from '../../core/messages';
import { createPageFields } from '../../entrypoints/ehr.content/features/page-fields';

afterEach(() => document.body.replaceChildren());

async function page() {
  document.body.innerHTML = '<label for="plan">Care plan</label><textarea id="plan"></textarea><label for="crisis">Crisis plan</label><textarea id="crisis"></textarea><iframe title="Encounter" srcdoc="<textarea aria-label=\'Encounter note\'></textarea>"></iframe>';
  await new Promise((done) => document.querySelector('iframe')!.addEventListener('load', done, { once: true }));
  const remembered: string[] = [];
  const ask = createPageFields(document, new AbortController().signal, {
    keyContext: async (raw) => ({ pageHash: raw.page }),
    personRule: async () => undefined,
    preferred: async () => undefined,
    remember: async (_element, label) => void remembered.push(label),
    obscured: () => undefined,
    concealed: () => undefined,
    known: () => undefined,
  });
  const { fields } = (await ask({ type: 'sidebarToPage.listFields' })) as { fields: { id: string; label: string }[] };
  const context = (await ask({ type: 'sidebarToPage.pageContext' })) as PageContext;
  const insert = (label: string, continues?: boolean) =>
    ask({ type: 'sidebarToPage.insertSummary', fieldId: fields.find((f) => f.label === label)!.id, text: 'Summary', mode: 'append', context, ...(continues ? { continues } : {}) });
  return { insert, remembered };
}

describe('remembering the field per site', () => {
  it('remembers the summary’s field when it is on the page itself', async () => {
    const ehr = await page();
    await ehr.insert('Care plan');
    expect(ehr.remembered).toEqual(['Care plan']);
  });

  it('does not remember a field inside a frame, nor the field of a further part', async () => {
    const ehr = await page();
    await ehr.insert('Encounter note');
    await ehr.insert('Care plan');
    await ehr.insert('Crisis plan', true);
    expect(ehr.remembered).toEqual(['Care plan']);
  });
});
