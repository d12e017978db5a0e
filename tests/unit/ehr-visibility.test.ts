// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createPageFields } from '../../entrypoints/ehr.content/features/page-fields';
import { coveredAt, moved, styleConcealment, type Concealment } from '../../core/ehr/visibility';

afterEach(() => document.body.replaceChildren());

const rect = (left: number, top: number, width: number, height: number) => new DOMRectReadOnly(left, top, width, height);

describe('what a page can do to hide or disguise an element (issue 17)', () => {
  it.each([
    ['opacity: 0', 'transparent'],
    ['opacity: 0.5', 'transparent'],
    ['visibility: hidden', 'transparent'],
  ])('sees %s on an ancestor as %s', (style, concealment) => {
    document.body.innerHTML = `<div style="${style}"><section><button>Insert</button></section></div>`;
    expect(styleConcealment(document.querySelector('button')!)).toBe(concealment);
  });

  it('does not count a transform or filter: EHR dialogs are centred with one, and the top layer is out of their reach', () => {
    document.body.innerHTML = '<div style="transform: translate(-50%, -50%); filter: blur(0)"><textarea></textarea></div>';
    expect(styleConcealment(document.querySelector('textarea')!)).toBeUndefined();
  });

  it('leaves a plain element alone', () => {
    document.body.innerHTML = '<div style="opacity: 1"><button>Insert</button></div>';
    expect(styleConcealment(document.querySelector('button')!)).toBeUndefined();
  });

  it('sees through shadow roots to the host’s styles', () => {
    document.body.innerHTML = '<div id="host" style="opacity: 0"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'closed' });
    root.innerHTML = '<p>Frame</p>';
    expect(styleConcealment(root.querySelector('p')!)).toBe('transparent');
  });

  it('stops at the ancestor it is given, as the page’s opacity does not reach the top layer', () => {
    document.body.innerHTML = '<div style="opacity: 0.05"><div id="panel"><p>Frame</p></div></div>';
    const panel = document.getElementById('panel')!;
    expect(styleConcealment(panel.querySelector('p')!, panel)).toBeUndefined();
    panel.style.opacity = '0.5';
    expect(styleConcealment(panel.querySelector('p')!, panel)).toBe('transparent');
  });

  it('counts an element as covered when anything else is on top at any point of its box', () => {
    document.body.innerHTML = '<button>Insert</button><div id="decoy"></div><span id="inside"></span>';
    const button = document.querySelector('button')!;
    const decoy = document.getElementById('decoy')!;
    expect(coveredAt(button, rect(0, 0, 100, 40), () => button)).toBe(false);
    expect(coveredAt(button, rect(0, 0, 100, 40), (x, y) => (x > 90 && y > 30 ? decoy : button))).toBe(true);
    expect(coveredAt(button, rect(0, 0, 100, 40), () => null)).toBe(true);
  });

  it('tells a moved or resized box', () => {
    expect(moved(rect(900, 0, 380, 700), rect(900, 0, 380, 700))).toBe(false);
    expect(moved(rect(900, 0, 380, 700), rect(600, 0, 380, 700))).toBe(true);
    expect(moved(rect(900, 0, 380, 700), rect(900, 0, 380, 300))).toBe(true);
  });
});

/** The content script's answers for a page whose layout (which happy-dom lacks) the test states. */
function pageFields(how: { obscured?: Concealment; concealed?: Record<string, Concealment>; known?: string[] } = {}) {
  const ask = createPageFields(document, new AbortController().signal, {
    keyContext: async (raw) => ({ pageHash: raw.page }),
    personRule: async () => undefined,
    // As a field profile would: the decoy is labelled like the real field.
    preferred: async (scan) => scan.fields.find((f) => f.label === 'Care plan')?.id,
    remember: async () => {},
    obscured: () => how.obscured,
    concealed: (el) => how.concealed?.[el.id],
    known: () => how.known && new WeakSet(how.known.map((id) => document.getElementById(id)!)),
  });
  const list = async () => (await ask({ type: 'sidebarToPage.listFields' })) as { fields: { id: string; label: string; doubtful?: true }[]; preferred?: string };
  const insert = async (fieldId: string, fromSidePanel?: boolean) => {
    const context = (await ask({ type: 'sidebarToPage.pageContext' })) as { pageHash: string };
    return ask({ type: 'sidebarToPage.insertSummary', fieldId, text: 'Summary', mode: 'replace', context, fromSidePanel });
  };
  return { list, insert };
}

const value = (id: string) => (document.getElementById(id) as HTMLTextAreaElement).value;

describe('an insert while the sidebar is obscured', () => {
  it('writes nothing and says why', async () => {
    document.body.innerHTML = '<label for="plan">Care plan</label><textarea id="plan"></textarea>';
    const page = pageFields({ obscured: 'covered' });
    const { fields } = await page.list();
    expect(await page.insert(fields[0]!.id)).toEqual({ ok: false, reason: 'obscured' });
    expect(value('plan')).toBe('');
  });

  it('writes an insert asked from the browser’s side panel, which the page cannot cover, whatever the in-page panel shows', async () => {
    document.body.innerHTML = '<label for="plan">Care plan</label><textarea id="plan"></textarea>';
    // The in-page panel is closed: the check sees it as not there at all.
    const page = pageFields({ obscured: 'transparent' });
    const { fields } = await page.list();
    expect(await page.insert(fields[0]!.id, true)).toMatchObject({ ok: true });
    expect(value('plan')).toBe('Summary');
  });
});

describe('decoy fields a page adds (issue 17)', () => {
  const twoPlans = '<label for="decoy">Care plan</label><textarea id="decoy"></textarea><label for="plan">Care plan</label><textarea id="plan"></textarea>';

  it.each(['tiny', 'transparent'] as const)('never offers a %s field, nor writes into one that became so', async (why) => {
    document.body.innerHTML = twoPlans;
    const { fields, preferred } = await pageFields({ concealed: { decoy: why } }).list();
    expect(fields.map((f) => f.id)).toHaveLength(1);
    expect(preferred).toBe(fields[0]!.id);

    // Shown when listed, hidden by the time of the insert: nothing is written.
    const later = { concealed: {} as Record<string, Concealment> };
    const page = pageFields(later);
    const listed = await page.list();
    later.concealed.plan = why;
    expect(await page.insert(listed.fields[1]!.id)).toEqual({ ok: false, reason: 'obscured' });
    expect(value('plan')).toBe('');
  });

  it('offers a covered field, or one added after the sidebar opened, as doubtful and never pre-selects it', async () => {
    document.body.innerHTML = twoPlans;
    const covered = await pageFields({ concealed: { decoy: 'covered' } }).list();
    expect(covered.fields.map((f) => !!f.doubtful)).toEqual([true, false]);
    expect(covered.preferred).toBe(covered.fields[1]!.id);

    const late = await pageFields({ known: ['plan'] }).list();
    expect(late.fields.map((f) => !!f.doubtful)).toEqual([true, false]);
    expect(late.preferred).toBe(late.fields[1]!.id);
  });
});
