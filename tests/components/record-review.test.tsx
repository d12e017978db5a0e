import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SummaryView } from '../../components/sidebar/summary/SummaryView';
import { ReadinessContext } from '../../components/sidebar/use-verified-visible';
import type { Framework } from '../../core/framework/schema';
import { createSessionModel } from '../../core/models/session-model';
import { memoryStore } from '../../core/session/store';
import { fakeConnection } from '../fixtures/fake-connection';
import { smallFramework } from '../fixtures/small-framework';
import { inViewAtOnce } from './render-sidebar';

// Issue 14: the person decides, item by item, what goes into the record.
const SENSITIVE_MARKER = 'SENSITIVE-NOTE-4c1e';
const DECLINED_MARKER = 'DECLINED-NOTE-9b2d';

/** The small framework with its faith prompt flagged sensitive, as the built-in faith-practices prompt is. */
const framework: Framework = {
  ...smallFramework,
  domains: smallFramework.domains.map((d) => ({ ...d, prompts: d.prompts.map((p) => (p.id === 'faith-importance' ? { ...p, sensitive: true } : p)) })),
};

/** The summary step, with Insert available at once (happy-dom has no layout to see Coplan covered). */
function renderSummary(model: ReturnType<typeof createSessionModel>, page: ReturnType<typeof fakeConnection>) {
  render(
    <ReadinessContext.Provider value={inViewAtOnce}>
      <SummaryView framework={framework} model={model} connection={page.connection} />
    </ReadinessContext.Provider>,
  );
}

async function renderReview(prompts: Parameters<ReturnType<typeof createSessionModel>['updatePrompt']>[] = []) {
  const page = fakeConnection([{ id: 'f1', label: 'Care plan', kind: 'textarea', where: 'page' }]);
  const model = createSessionModel({ store: memoryStore(), framework });
  // Begun beside the fake page's record, so the session is bound to it as it is made.
  await model.load({ tabId: 1, pageHash: 'a'.repeat(64) });
  await model.start('Review test');
  for (const [id, change] of prompts) await model.updatePrompt(id, change);
  await model.updateRecord({ ownWords: 'I want to stay near my sister.' });
  renderSummary(model, page);
  await waitFor(() => expect((screen.getByRole('combobox', { name: 'EHR field' }) as HTMLSelectElement).value).toBe('f1'));
  return { page, model };
}

const preview = () => (screen.getByRole('textbox', { name: 'Summary preview' }) as HTMLTextAreaElement).value;
const itemWith = (text: string) => screen.getByText(text, { exact: false, selector: '.review__text' }).closest('li')!;

async function insert(page: ReturnType<typeof fakeConnection>) {
  const before = page.inserted.length;
  fireEvent.click(screen.getByRole('button', { name: 'Insert into EHR' }));
  await waitFor(() => expect(page.inserted.length).toBe(before + 1));
  return page.inserted.at(-1)!.text;
}

describe('the review step before "Insert into EHR" and "Copy summary"', () => {
  it('keeps a sensitive note out of the inserted text until the person’s agreement is ticked', async () => {
    const { page } = await renderReview([['faith-importance', { status: 'explored', note: SENSITIVE_MARKER }]]);
    const item = itemWith(SENSITIVE_MARKER);
    const include = within(item).getAllByRole('checkbox')[0] as HTMLInputElement;
    expect(include.checked).toBe(false);
    expect(include.disabled).toBe(true);
    expect(await insert(page)).not.toContain(SENSITIVE_MARKER);

    fireEvent.click(within(item).getByRole('checkbox', { name: 'The person agreed this goes in the record' }));
    expect(include.checked).toBe(true);
    expect(await insert(page)).toContain(SENSITIVE_MARKER);
  });

  it('drops the agreement when the sensitive note changes after it was given', async () => {
    const { model } = await renderReview([['faith-importance', { status: 'explored', note: SENSITIVE_MARKER }]]);
    fireEvent.click(within(itemWith(SENSITIVE_MARKER)).getByRole('checkbox', { name: 'The person agreed this goes in the record' }));
    expect(preview()).toContain(SENSITIVE_MARKER);
    await model.updatePrompt('faith-importance', { note: `${SENSITIVE_MARKER} (added later)` });
    await waitFor(() => expect(preview()).not.toContain(SENSITIVE_MARKER));
  });

  it('never names a declined topic, nor writes "Not relevant" as a finding', async () => {
    const { page } = await renderReview([
      ['faith-importance', { status: 'declined', note: DECLINED_MARKER }],
      ['language-preferred', { status: 'not-relevant', note: 'Clinician thought this did not apply' }],
    ]);
    const text = await insert(page);
    expect(text).toContain("Some topics were not discussed, at the person's choice.");
    for (const hidden of [DECLINED_MARKER, 'What part does faith play in your life?', 'Not relevant', 'did not apply']) expect(text).not.toContain(hidden);
    expect(screen.queryByText(DECLINED_MARKER, { exact: false })).toBeNull();
  });

  it('leaves out an ordinary item the person unticks, and adds the read-back line when ticked', async () => {
    const { page } = await renderReview([['language-preferred', { status: 'explored', note: 'Prefers Polish' }]]);
    fireEvent.click(within(itemWith('I want to stay near my sister.')).getByRole('checkbox'));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Read back to and agreed with the person' }));
    const text = await insert(page);
    expect(text).not.toContain('stay near my sister');
    expect(text).toContain('Prefers Polish');
    expect(text).toContain('This summary was read back to the person, who agreed it.');
  });

  it('copies only what was agreed', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void copied.push(t) } });
    await renderReview([['faith-importance', { status: 'explored', note: SENSITIVE_MARKER }]]);
    fireEvent.click(screen.getByRole('button', { name: 'Copy summary' }));
    await screen.findByText('Copied to the clipboard.');
    expect(copied[0]).toContain('stay near my sister');
    expect(copied[0]).not.toContain(SENSITIVE_MARKER);
  });

  it('keeps what the person agreed when the sidebar is opened again', async () => {
    const store = memoryStore();
    const here = { tabId: 1, pageHash: 'a'.repeat(64) };
    const first = createSessionModel({ store, framework });
    await first.load(here);
    await first.start('Reload test');
    await first.updatePrompt('faith-importance', { status: 'explored', note: SENSITIVE_MARKER });
    await first.updateRecord({ ownWords: 'I want to stay near my sister.' });
    const page = fakeConnection([{ id: 'f1', label: 'Care plan', kind: 'textarea', where: 'page' }]);
    renderSummary(first, page);
    fireEvent.click(within(itemWith(SENSITIVE_MARKER)).getByRole('checkbox', { name: 'The person agreed this goes in the record' }));
    fireEvent.click(within(itemWith('I want to stay near my sister.')).getAllByRole('checkbox')[0]!);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Read back to and agreed with the person' }));
    await first.leave();
    cleanup();

    const again = createSessionModel({ store, framework });
    await again.load(here);
    renderSummary(again, page);
    await waitFor(() => expect((screen.getByRole('combobox', { name: 'EHR field' }) as HTMLSelectElement).value).toBe('f1'));
    expect((within(itemWith(SENSITIVE_MARKER)).getByRole('checkbox', { name: 'The person agreed this goes in the record' }) as HTMLInputElement).checked).toBe(true);
    expect((within(itemWith('I want to stay near my sister.')).getAllByRole('checkbox')[0] as HTMLInputElement).checked).toBe(false);
    const text = await insert(page);
    expect(text).toContain(SENSITIVE_MARKER);
    expect(text).not.toContain('stay near my sister');
    expect(text).toContain('This summary was read back to the person, who agreed it.');
  });

  it('shows the person’s words with dir="auto", so right-to-left text reads the right way', async () => {
    await renderReview();
    expect(itemWith('I want to stay near my sister.').querySelector('.review__text')?.getAttribute('dir')).toBe('auto');
    expect(screen.getByRole('textbox', { name: 'Summary preview' }).getAttribute('dir')).toBe('auto');
  });
});
