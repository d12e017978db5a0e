// @vitest-environment jsdom
// jsdom: opening a section renders Markdown through DOMPurify, which is unreliable under happy-dom.
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { App } from '../../components/sidebar/App';
import type { CoplanDb } from '../../core/db';
import { openLibrary } from '../../core/guidance/library';
import { createGuidanceModel } from '../../core/models/guidance-model';
import { createSessionModel } from '../../core/models/session-model';
import { removePack } from '../../core/packs/installed';
import { memoryStore } from '../../core/session/store';
import { fakeConnection } from '../fixtures/fake-connection';
import { builtInContent, dbWithGoodPack } from '../fixtures/packs/corpus';

// H-04: a trust's pack section that takes the place of a built-in one must say so where it is read.
const PACK = 'Riverside Trust local guidance (fictional)';
const REPLACED = 'migration-immigration-fears-nhs-charging';

/** The whole sidebar over the real built-in content merged with whatever packs the database holds. */
async function renderSidebarOver(db: CoplanDb) {
  const { framework, sections } = builtInContent();
  const library = await openLibrary(db, sections);
  const model = createSessionModel({ store: memoryStore(), framework });
  const guidance = createGuidanceModel(async () => library);
  await model.load(undefined);
  render(<App framework={framework} model={model} guidance={guidance} connection={fakeConnection([]).connection} />);
  return { guidance, builtInTitle: (id: string) => sections.find((s) => s.id === id)!.title };
}

/** Searches as the clinician would, opens the result with this title, and waits for it to be shown. */
async function openFromSearch(query: string, title: string) {
  fireEvent.input(screen.getByRole('searchbox', { name: 'Search guidance' }), { target: { value: query } });
  fireEvent.click(await screen.findByRole('button', { name: new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }));
  return screen.findByRole('heading', { level: 2, name: title });
}

const note = () => document.querySelector('.reading .notice');

describe('the sidebar’s note on a section from a pack', () => {
  it('says a pack section that replaces a built-in one is shown in place of the built-in section', async () => {
    await renderSidebarOver(await dbWithGoodPack());
    await openFromSearch('overseas visitors ward clerk', 'Immigration worries and NHS charging at Riverside');
    expect(note()?.textContent).toBe(`From the pack “${PACK}”, in place of the built-in section.`);
    expect(screen.getByText(/in place of the built-in section/)).toBe(note());
  });

  it('names the pack, but not a replacement, on a pack section that adds to the built-in ones', async () => {
    await renderSidebarOver(await dbWithGoodPack());
    await openFromSearch('riverside crisis', 'Crisis alternatives in Riverside');
    expect(note()?.textContent).toBe(`From the pack “${PACK}”.`);
    expect(screen.queryByText(/in place of the built-in/)).toBeNull();
  });

  it('shows no pack note on an ordinary built-in section', async () => {
    const { builtInTitle } = await renderSidebarOver(await dbWithGoodPack());
    await openFromSearch('interpreter', builtInTitle('language-working-with-interpreters'));
    expect(note()).toBeNull();
    expect(screen.queryByText(/in place of the built-in/)).toBeNull();
    expect(screen.queryByText(/From the pack/)).toBeNull();
  });

  it('shows the built-in section again, without the note, once the pack is removed', async () => {
    const db = await dbWithGoodPack();
    await removePack(db, 'riverside-trust');
    const { builtInTitle } = await renderSidebarOver(db);
    await openFromSearch('NHS charging', builtInTitle(REPLACED));
    expect(note()).toBeNull();
    expect(screen.queryByText(/in place of the built-in/)).toBeNull();
  });
});
