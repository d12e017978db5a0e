import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The floor a browser sets for any extension sidebar (issue 20 item 1): a tiny MV3 extension, no
 * framework and no storage, whose content script adds a button; clicking it adds an iframe of a
 * static extension page with five radio buttons, which marks 'bare:interactive' after its first
 * animation frame and a task, as Coplan's sidebar marks 'coplan:interactive'. An empty service worker
 * keeps the extension's process up as Coplan's background does, so a later open does not pay for
 * starting a process that Coplan's would find running (without it, the bare frame's later opens were
 * slower than Coplan's).
 * With `burnMs`, the content script also burns that long: half as it is evaluated, half in a timer's
 * callback once the page has loaded, as Coplan's content script does its work after the background's
 * reply. A known cost that shows whether a way of measuring content scripts sees all of it, not only
 * the script's first evaluation (issue 20 item 5). With `burnPerMutationMs`, it
 * burns that long in a MutationObserver callback for each batch of the page's DOM changes: the
 * known cost per frame that shows a per-frame measure sees a content script's guards (issue 17).
 * With `screen`, the frame's page is that static markup and stylesheet at that width instead of the
 * radio buttons: Coplan's own first screen with no script at all (tests/bench/sidebar-open.ts).
 */
export function bareExtension({ burnMs = 0, burnPerMutationMs = 0, screen }: { burnMs?: number; burnPerMutationMs?: number; screen?: StaticScreen } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'coplan-bare-extension-'));
  const manifest = {
    manifest_version: 3,
    name: 'Bare frame',
    version: '1.0.0',
    background: { service_worker: 'worker.js' },
    content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['content.js'], run_at: 'document_idle' }],
    web_accessible_resources: [{ resources: ['frame.html', 'frame.css'], matches: ['http://127.0.0.1/*'] }],
  };
  const content = `
    const burn = (ms) => { const until = performance.now() + ms; while (performance.now() < until); };
    burn(${burnMs / 2});
    setTimeout(() => burn(${burnMs / 2}), 50);
    const open = document.createElement('button');
    open.textContent = 'Open bare frame';
    open.addEventListener('click', () => {
      const frame = document.createElement('iframe');
      frame.src = chrome.runtime.getURL('frame.html');
      frame.title = 'Bare frame';
      frame.style.cssText = 'position:fixed;top:0;right:0;width:${screen?.width ?? 360}px;height:100vh;border:0';
      document.body.append(frame);
    });
    document.body.append(open);
    if (${burnPerMutationMs} > 0) {
      new MutationObserver(() => burn(${burnPerMutationMs})).observe(document, { subtree: true, childList: true, characterData: true });
    }
  `;
  const radios = Array.from({ length: 5 }, (_, i) => `<label><input type="radio" name="status" value="${i}"> Option ${i + 1}</label>`).join('\n');
  const body = screen ? screen.body : `<fieldset><legend>Status</legend>${radios}</fieldset>`;
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'content.js'), content);
  if (screen) writeFileSync(join(dir, 'frame.css'), screen.css);
  const link = screen ? '<link rel="stylesheet" href="frame.css">' : '';
  writeFileSync(join(dir, 'frame.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bare frame</title>${link}</head><body>${body}<script src="frame.js"></script></body></html>`);
  writeFileSync(join(dir, 'worker.js'), '');
  writeFileSync(join(dir, 'frame.js'), `requestAnimationFrame(() => setTimeout(() => performance.mark('bare:interactive')));`);
  return dir;
}

/** A page's markup (the body's inside) and its stylesheet, shown in the bare frame at `width` CSS pixels. */
export interface StaticScreen { body: string; css: string; width: number }
