import { openAsBlob, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { BAD_DIR, BAD_PACKS, importBadPack, packFile } from '../fixtures/packs/corpus';

describe('the bad-pack corpus', () => {
  it('describes every file it holds, and holds at least 15', () => {
    expect(readdirSync(BAD_DIR).sort()).toEqual(Object.keys(BAD_PACKS).sort());
    expect(Object.keys(BAD_PACKS).length).toBeGreaterThanOrEqual(15);
  });

  it.each(Object.entries(BAD_PACKS))('refuses %s, naming the problem, and leaves every table as it was', async (file, { expect: words }) => {
    const message = await importBadPack(packFile(join(BAD_DIR, file)));
    for (const word of words) expect(message).toContain(word);
    expect(message).toContain(`did not import “${file}”, and nothing was changed`);
  });

  it('refuses a 50 MB file by its size, without reading it', async () => {
    const path = join(tmpdir(), `coplan-50mb-${process.pid}.json`);
    writeFileSync(path, Buffer.alloc(50 * 1024 * 1024, 0x20));
    const blob = await openAsBlob(path);
    const read = vi.fn(() => blob.arrayBuffer());
    const message = await importBadPack({ name: 'huge.json', size: blob.size, arrayBuffer: read });
    expect(message).toContain('the file is 50.0 MB; a pack may be at most 32.0 MB');
    expect(read).not.toHaveBeenCalled();
  });

  it('refuses 100,000 sections by their count, before checking any of them', async () => {
    const path = join(tmpdir(), `coplan-100k-${process.pid}.json`);
    const sections = Array.from({ length: 100_000 }, (_, i) => ({ id: `section-${i}` }));
    writeFileSync(path, JSON.stringify({ schemaVersion: 1, id: 'huge', name: 'Huge', publisher: 'Corpus', version: '1.0.0', date: '2026-01-01', sections, services: [] }));
    const message = await importBadPack(packFile(path));
    expect(message).toContain('sections: the pack has 100,000 sections; one pack may hold at most 20,000');
  });
});
