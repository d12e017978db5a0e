import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerCommands } from '../../entrypoints/background/commands';
import { clearTrustedStore } from '../../core/storage/trusted-store';

/**
 * Issue 17: the keyboard shortcut opens Coplan where policy puts it. Chromium delivers extension
 * shortcuts from the browser's own window, which a test's key events (Playwright, CDP) never reach
 * (tried), so the handler is tested here with the browser's APIs stubbed.
 */
type Handler = (command: string, tab?: { windowId?: number }) => void;

let handler: Handler;
let open: ReturnType<typeof vi.fn>;
let sent: unknown[];

/** Starts the worker's shortcut handler; resolves once it has read the policy. */
function listen(): Promise<unknown> {
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((listener) => void (handler = listener as unknown as Handler));
  return registerCommands();
}

async function register(policy: object): Promise<unknown> {
  await fakeBrowser.storage.managed.set(policy);
  return listen();
}

const settled = () => new Promise((done) => setTimeout(done, 0));

describe('the keyboard shortcut', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await clearTrustedStore();
    open = vi.fn(() => Promise.resolve());
    Object.assign(fakeBrowser, { sidePanel: { open, setPanelBehavior: () => Promise.resolve() } });
    sent = [];
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 4 }] as never);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_tab, message) => void sent.push(message));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    delete (fakeBrowser as { sidePanel?: unknown }).sidePanel;
  });

  it('opens the browser’s side panel in the shortcut’s own task when policy keeps Coplan out of the page', async () => {
    await register({ panel: 'side-panel' });
    handler('toggle-sidebar', { windowId: 7 });
    // Called before anything was awaited: Chrome refuses sidePanel.open after the user's action is over.
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
    await settled();
    expect(sent).toEqual([]);
  });

  it('toggles the sidebar in the page by default, and leaves the side panel alone', async () => {
    await register({});
    handler('toggle-sidebar', { windowId: 7 });
    await vi.waitFor(() => expect(sent).toEqual([{ type: 'backgroundToContent.toggleSidebar' }]));
    expect(open).not.toHaveBeenCalled();
  });

  it('reads the policy first when the shortcut woke the worker before it had', async () => {
    await fakeBrowser.storage.managed.set({ panel: 'side-panel' });
    const read = listen();
    handler('toggle-sidebar', { windowId: 7 });
    expect(open).not.toHaveBeenCalled();
    await read;
    await vi.waitFor(() => expect(open).toHaveBeenCalledWith({ windowId: 7 }));
    expect(sent).toEqual([]);
  });

  it('follows a change of policy while the browser runs', async () => {
    await register({});
    await fakeBrowser.storage.managed.set({ panel: 'side-panel' });
    // Each try is a press of the shortcut; once the new policy is read, one opens the panel at once.
    await vi.waitFor(() => {
      handler('toggle-sidebar', { windowId: 9 });
      expect(open).toHaveBeenCalledWith({ windowId: 9 });
    });
  });

  it('does nothing for another command', async () => {
    await register({ panel: 'side-panel' });
    handler('something-else', { windowId: 7 });
    await settled();
    expect(open).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
  });
});
