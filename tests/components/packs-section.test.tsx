import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PacksSection } from '../../components/options/packs/PacksSection';
import { CoplanDb } from '../../core/db';
import { createPacksApi } from '../../core/packs/api';
import { BAD_DIR, builtIns, dump, goodPack } from '../fixtures/packs/corpus';

let n = 0;
const file = (path: string) => new File([readFileSync(path)], path.split('/').at(-1)!, { type: 'application/json' });
const RIVERSIDE = 'Riverside Trust local guidance (fictional)';

function renderPacks() {
  const db = new CoplanDb(`packs-section-${++n}`);
  render(<PacksSection api={createPacksApi(db, builtIns())} />);
  return db;
}
const choose = (f: File) => fireEvent.change(screen.getByLabelText('Import a content pack'), { target: { files: [f] } });
const installed = () => screen.getAllByRole('listitem').filter((li) => li.classList.contains('pack'));

describe('content packs on the options page', () => {
  it('imports a good pack from the file picker and lists it with version, publisher, counts and what it replaces', async () => {
    renderPacks();
    await screen.findByText(/No content packs are installed/);
    choose(file(goodPack('riverside-trust.json')));
    expect((await screen.findByRole('status')).textContent).toContain(`Imported “${RIVERSIDE}” version 1.2.0`);
    const item = await screen.findByRole('listitem', { name: (name) => name.startsWith(RIVERSIDE) });
    expect(item.textContent).toContain('Published by Riverside NHS Foundation Trust (fictional)');
    expect(item.textContent).toContain('3 guidance sections · 2 services · 1 extra prompt');
    expect(item.textContent).toContain('Replaces 1 built-in guidance section: migration-immigration-fears-nhs-charging');
  });

  it('imports a pack dropped on the drop zone', async () => {
    renderPacks();
    const zone = screen.getByLabelText('Import a content pack').closest('.drop-zone')!;
    fireEvent.drop(zone, { dataTransfer: { files: [file(goodPack('northgate-trust.json'))] } });
    expect(await screen.findByRole('listitem', { name: /Northgate carers pack/ })).toBeTruthy();
  });

  it('shows why a bad pack was refused, and the installed list and database stay as they were', async () => {
    const db = renderPacks();
    choose(file(goodPack('riverside-trust.json')));
    await screen.findByRole('listitem', { name: (name) => name.startsWith(RIVERSIDE) });
    const before = await dump(db);
    choose(file(join(BAD_DIR, 'script-tag.json')));
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    await waitFor(() => expect(alert.textContent).toContain('sections[0].body'));
    expect(alert.textContent).toContain('did not import “script-tag.json”, and nothing was changed');
    expect(installed().length).toBe(1);
    expect(await dump(db)).toEqual(before);
  });

  it('removes a pack only after the second, confirming click', async () => {
    const db = renderPacks();
    choose(file(goodPack('riverside-trust.json')));
    fireEvent.click(await screen.findByRole('button', { name: `Remove ${RIVERSIDE}` }));
    expect(await db.packs.count()).toBe(1);
    fireEvent.click(within(screen.getByRole('group', { name: `Confirm removing ${RIVERSIDE}` })).getByRole('button', { name: `Yes, remove ${RIVERSIDE}` }));
    expect(await screen.findByText(/No content packs are installed/)).toBeTruthy();
    expect(await db.packSections.count()).toBe(0);
  });

  it('exports a pack as a JSON download named after it', async () => {
    renderPacks();
    choose(file(goodPack('riverside-trust.json')));
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:coplan-test');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('riverside-trust-1.2.0.json');
    });
    fireEvent.click(await screen.findByRole('button', { name: `Export ${RIVERSIDE}` }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const blob = created.mock.calls[0]![0] as Blob;
    expect(JSON.parse(await blob.text())).toMatchObject({ id: 'riverside-trust', version: '1.2.0' });
    vi.restoreAllMocks();
  });
});
