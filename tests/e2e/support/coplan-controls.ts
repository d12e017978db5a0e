import type { ElementHandle, Frame, Page } from 'playwright-core';

/**
 * Coplan's launcher, bar and frame sit in a closed shadow root (issue 17), which Playwright's
 * locators cannot enter. Chromium's accessibility tree still holds them, as a screen reader sees
 * them: these helpers find a control there by role and name, then click the middle of its box
 * with the mouse, as a person does (TOOLCHAIN.md, "Real Chromium end-to-end").
 */
type Name = string | RegExp;

type Send = (method: string, params?: object) => Promise<unknown>;

async function withCdp<T>(page: Page, use: (send: Send) => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    return await use((method, params) => cdp.send(method as 'DOM.enable', params as never) as Promise<unknown>);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

interface Control {
  role: string;
  name: string;
  backendNodeId: number;
}

const attribute = (node: DomNode, name: string) => {
  const at = node.attributes?.indexOf(name) ?? -1;
  return at >= 0 && at % 2 === 0 ? node.attributes![at + 1] : undefined;
};
const textOf = (node: DomNode): string => (node.nodeType === 3 ? node.nodeValue ?? '' : (node.children ?? []).map(textOf).join(''));

/** Every element under a node, shadow roots included; not into frames, which are pages of their own. */
const elementsUnder = (node: DomNode): DomNode[] =>
  node.nodeName === 'IFRAME' ? [node] : [...(node.nodeType === 1 ? [node] : []), ...[...(node.shadowRoots ?? []), ...(node.children ?? [])].flatMap(elementsUnder)];

/**
 * Coplan's controls in the page, read through CDP's view of the DOM, which enters closed shadow
 * roots: role and name as Coplan sets them (an explicit role or a button; aria-label, else text).
 * Only those with a box on screen count, as hidden ones are not in the accessibility tree either.
 * (Fetching the accessibility tree itself takes seconds on a page with thousands of fields.)
 */
async function coplanControls(page: Page, send: Send): Promise<{ controls: Control[]; roots: number[] }> {
  const { root } = (await send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
  const { nodeIds } = (await send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'coplan-sidebar' })) as { nodeIds: number[] };
  const controls: Control[] = [];
  const roots: number[] = [];
  for (const nodeId of nodeIds) {
    const { node } = (await send('DOM.describeNode', { nodeId, depth: -1, pierce: true })) as { node: DomNode };
    roots.push(...(node.shadowRoots ?? []).map((r) => r.backendNodeId));
    for (const element of elementsUnder(node)) {
      const role = attribute(element, 'role') ?? (element.nodeName === 'BUTTON' ? 'button' : '');
      if (!role) continue;
      const shown = await send('DOM.getBoxModel', { backendNodeId: element.backendNodeId }).then(() => true, () => false);
      if (shown) controls.push({ role, name: (attribute(element, 'aria-label') ?? textOf(element)).trim(), backendNodeId: element.backendNodeId });
    }
  }
  return { controls, roots };
}

async function findControls(page: Page, role: string, name: Name): Promise<Control[]> {
  return withCdp(page, async (send) => (await coplanControls(page, send)).controls.filter((c) => c.role === role && (typeof name === 'string' ? c.name === name : name.test(c.name))));
}

/** How many of Coplan's controls with the role and name the page shows. */
export async function countCoplan(page: Page, role: string, name: Name): Promise<number> {
  return (await findControls(page, role, name)).length;
}

/** Waits for a shown control of the role and name and returns the middle of its box. */
async function whereIs(page: Page, role: string, name: Name, timeout: number): Promise<{ x: number; y: number; backendNodeId: number }> {
  const until = Date.now() + timeout;
  for (;;) {
    const [node] = await findControls(page, role, name);
    if (node) {
      const box = await withCdp(page, (send) => send('DOM.getBoxModel', { backendNodeId: node.backendNodeId }).catch(() => undefined));
      const quad = (box as { model?: { border: number[] } } | undefined)?.model?.border;
      if (quad) {
        const xs = [quad[0]!, quad[2]!, quad[4]!, quad[6]!];
        const ys = [quad[1]!, quad[3]!, quad[5]!, quad[7]!];
        return { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2, backendNodeId: node.backendNodeId };
      }
    }
    if (Date.now() > until) throw new Error(`No ${role} named ${String(name)} on the page`);
    await page.waitForTimeout(100);
  }
}

/** Clicks one of Coplan's controls with the mouse. */
export async function clickCoplan(page: Page, role: string, name: Name, timeout = 20_000): Promise<void> {
  const { x, y } = await whereIs(page, role, name, timeout);
  await page.mouse.click(x, y);
}

/** Moves keyboard focus to one of Coplan's controls. */
export async function focusCoplan(page: Page, role: string, name: Name, timeout = 20_000): Promise<void> {
  const { backendNodeId } = await whereIs(page, role, name, timeout);
  await withCdp(page, (send) => send('DOM.focus', { backendNodeId }));
}

/** The name of Coplan's focused control, read from its closed shadow root's activeElement. */
export async function focusedCoplan(page: Page): Promise<string | undefined> {
  return withCdp(page, async (send) => {
    for (const backendNodeId of (await coplanControls(page, send)).roots) {
      const { object } = (await send('DOM.resolveNode', { backendNodeId })) as { object: { objectId: string } };
      const { result } = (await send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: 'function () { const el = this.activeElement; return el ? (el.getAttribute("aria-label") || el.textContent || "").trim() : undefined; }',
        returnByValue: true,
      })) as { result: { value?: string } };
      if (result.value) return result.value;
    }
    return undefined;
  });
}

/** Whether an address is Coplan's sidebar page (the host may be the extension id or a dynamic one). */
export const isSidebarUrl = (url: string) => /^chrome-extension:\/\/[a-z0-9-]+\/sidebar\.html/.test(url);

/** Coplan's sidebar frame in the page, once it has been created. */
export function sidebarFrameOf(page: Page): Frame | undefined {
  return page.frames().find((f) => f.parentFrame() === page.mainFrame() && isSidebarUrl(f.url()));
}

/** The sidebar's iframe element, for its box and visibility; Playwright reaches it from the frame. */
export async function sidebarFrameElement(page: Page, timeout = 20_000): Promise<ElementHandle<HTMLIFrameElement>> {
  const until = Date.now() + timeout;
  for (;;) {
    const frame = sidebarFrameOf(page);
    if (frame) return (await frame.frameElement()) as ElementHandle<HTMLIFrameElement>;
    if (Date.now() > until) throw new Error('The Coplan frame never appeared');
    await page.waitForTimeout(100);
  }
}

/** Whether the sidebar frame is on screen now; false when there is none yet. */
export async function sidebarShown(page: Page): Promise<boolean> {
  const frame = sidebarFrameOf(page);
  return frame ? (await frame.frameElement()).isVisible() : false;
}
