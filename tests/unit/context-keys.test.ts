import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createContextKeys } from '../../entrypoints/ehr.content/context-keys';

const keyed = { pageHash: 'a'.repeat(64), personHash: 'b'.repeat(64) };
const raw = { page: 'https://ehr.example.nhs.uk/record', person: '9434765919' };

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('the content script’s keyed contexts (issue 13; issue 20 warms them as the sidebar opens)', () => {
  it('asks the background once for a context asked for again while it is still being keyed', async () => {
    let answer: (reply: unknown) => void = () => undefined;
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(() => new Promise((done) => (answer = done)) as never);
    const keyContext = createContextKeys();
    const [warming, asked] = [keyContext(raw), keyContext({ ...raw })];
    answer(keyed);
    expect(await Promise.all([warming, asked])).toEqual([keyed, keyed]);
    expect(sent).toHaveBeenCalledTimes(1);
    // Another person on the same page is keyed on its own.
    const other = keyContext({ ...raw, person: '9434765870' });
    answer(keyed);
    await other;
    expect(sent).toHaveBeenCalledTimes(2);
  });

  it('does not remember a failure: the next ask tries the background again', async () => {
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValueOnce(undefined as never).mockResolvedValueOnce(keyed as never);
    const keyContext = createContextKeys();
    await expect(keyContext(raw)).rejects.toThrow('could not key');
    expect(await keyContext(raw)).toEqual(keyed);
    expect(sent).toHaveBeenCalledTimes(2);
  });
});
