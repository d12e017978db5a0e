import { z } from 'zod/mini';
import { once } from './once';
import { PlacementSchema } from './placement';
import { PANEL_MODES } from './sites/panel-mode';

/**
 * Every runtime message, defined once (DESIGN.md rule 3). Names say the direction; receivers
 * parse with these schemas and drop anything else.
 *
 * Each schema is built the first time it is used, not as this module loads: zod builds a schema
 * object by object, and the content script, which loads with every EHR page, uses only a few of
 * these. Building them all was most of its cost at page load (issue 20 item 5).
 */

/** A group of schemas whose members are each built the first time they are read. */
function lazyGroup<T extends Record<string, () => unknown>>(builders: T): { readonly [K in keyof T]: ReturnType<T[K]> } {
  const group = {};
  for (const [name, build] of Object.entries(builders)) Object.defineProperty(group, name, { enumerable: true, get: once(build) });
  return group as { readonly [K in keyof T]: ReturnType<T[K]> };
}

const FieldIdSchema = once(() => z.string().check(z.regex(/^f\d{1,6}$/)));
const InsertModeSchema = once(() => z.enum(['append', 'replace']));
/** A one-time frame token: 24 random bytes, base64url (entrypoints/background/handlers/frame-tokens.ts). */
const FrameTokenSchema = once(() => z.string().check(z.regex(/^[A-Za-z0-9_-]{32}$/)));
// A generous ceiling: a full summary with long notes is far below it, a flood is not.
const SummaryTextSchema = once(() => z.string().check(z.maxLength(2_000_000)));

const FieldInfoSchema = once(() =>
  z.strictObject({
    id: FieldIdSchema(),
    label: z.string().check(z.maxLength(200)),
    kind: z.enum(['textarea', 'input', 'contenteditable']),
    where: z.string().check(z.maxLength(200)),
    /** Added after Coplan opened, or partly covered: offered, but never chosen for the clinician (issue 17). */
    doubtful: z.optional(z.literal(true)),
  }),
);
export type FieldInfo = z.infer<ReturnType<typeof FieldInfoSchema>>;

const Short = once(() => z.string().check(z.maxLength(500)));
/** How a field is recognised on the site next time (core/ehr/field-profile.ts). */
export const FieldMemorySchema = once(() => z.strictObject({ id: z.optional(Short()), name: z.optional(Short()), label: Short() }));

const HashSchema = once(() => z.string().check(z.regex(/^[0-9a-f]{64}$/)));

/** Whose record the page shows, as hashes only: the page's address and, with a rule, the person. */
const PageContextSchema = once(() =>
  z.strictObject({
    pageHash: HashSchema(),
    personHash: z.optional(HashSchema()),
    /** A rule is set for the site but reads no one on the page now: never the same person as anyone. */
    personUnreadable: z.optional(z.literal(true)),
  }),
);
export type PageContext = z.infer<ReturnType<typeof PageContextSchema>>;

/** A page context and the tab it was read in: what an insert may write into. */
export const InsertContextSchema = once(() => z.extend(PageContextSchema(), { tabId: z.optional(z.int()) }));
export type InsertContext = z.infer<ReturnType<typeof InsertContextSchema>>;

/** Requests the sidebar makes of the page it sits on; the background passes them to the right tab. */
export const sidebarToPage = lazyGroup({
  closeSidebar: () => z.strictObject({ type: z.literal('sidebarToPage.closeSidebar') }),
  listFields: () => z.strictObject({ type: z.literal('sidebarToPage.listFields') }),
  highlightField: () => z.strictObject({ type: z.literal('sidebarToPage.highlightField'), fieldId: FieldIdSchema() }),
  pageContext: () => z.strictObject({ type: z.literal('sidebarToPage.pageContext') }),
  pickField: () => z.strictObject({ type: z.literal('sidebarToPage.pickField') }),
  undoInsert: () => z.strictObject({ type: z.literal('sidebarToPage.undoInsert') }),
  insertSummary: () =>
    z.strictObject({
      type: z.literal('sidebarToPage.insertSummary'),
      fieldId: FieldIdSchema(),
      text: SummaryTextSchema(),
      mode: InsertModeSchema(),
      // The context the clinician saw (checked, or confirmed): the page writes only while it is still this one.
      context: InsertContextSchema(),
      /** Another part of the same insert (crisis plan, actions): one "Undo insert" takes back them all. */
      continues: z.optional(z.boolean()),
      /**
       * Set by the background, never taken from the sidebar: the insert was asked from the browser's
       * own side panel, which the page cannot cover, so the in-page panel's state does not count.
       */
      fromSidePanel: z.optional(z.boolean()),
    }),
});
export const SidebarToPageSchema = once(() =>
  z.discriminatedUnion('type', [
    sidebarToPage.closeSidebar,
    sidebarToPage.listFields,
    sidebarToPage.highlightField,
    sidebarToPage.insertSummary,
    sidebarToPage.pageContext,
    sidebarToPage.pickField,
    sidebarToPage.undoInsert,
  ]),
);

/**
 * The schema a request from the sidebar to the page is checked against: its own type's alone, so the
 * first question after a page loads (whose record is this?) does not build the insert's schemas too,
 * in the content script and the background alike (issue 20 item 1). Each type's member is the one the
 * union would pick; anything else gets the union, which refuses it.
 */
export function sidebarToPageSchemaOf(raw: unknown): z.ZodMiniType<SidebarToPage> {
  const [group, name] = messageType(raw).split('.', 2);
  return group === 'sidebarToPage' && name && Object.hasOwn(sidebarToPage, name) ? sidebarToPage[name as keyof typeof sidebarToPage] : SidebarToPageSchema();
}

/** Questions only the background can answer. */
export const sidebarToBackground = lazyGroup({
  whichTab: () => z.strictObject({ type: z.literal('sidebarToBackground.whichTab') }),
  /** A sidebar framed in a web page hands in the one-time token its frame's address carried (issue 17). */
  redeemFrameToken: () => z.strictObject({ type: z.literal('sidebarToBackground.redeemFrameToken'), token: FrameTokenSchema() }),
});
export type SidebarToBackground = z.infer<(typeof sidebarToBackground)[keyof typeof sidebarToBackground]>;
export type SidebarToPage = z.infer<ReturnType<typeof SidebarToPageSchema>>;

/** What the content script asks of the background: only it holds the context key (issue 13). */
export const contentToBackground = lazyGroup({
  // The page's address and the person a rule reads, in clear: runtime messaging stays inside the browser.
  keyContext: () =>
    z.strictObject({
      type: z.literal('contentToBackground.keyContext'),
      page: z.string().check(z.maxLength(100_000)),
      person: z.optional(z.nullable(z.string().check(z.maxLength(100_000)))),
    }),
  // The policy and the remembered field for the sender's own site: the content script reads no storage (H-33).
  siteRules: () => z.strictObject({ type: z.literal('contentToBackground.siteRules') }),
  rememberField: () => z.strictObject({ type: z.literal('contentToBackground.rememberField'), field: FieldMemorySchema() }),
  // After a reload: is an unfinished session bound to this record (the sender's tab, this keyed context)?
  sessionHere: () => z.strictObject({ type: z.literal('contentToBackground.sessionHere'), context: PageContextSchema() }),
  /** A token for the sidebar frame the content script is about to make (issue 17). */
  frameToken: () => z.strictObject({ type: z.literal('contentToBackground.frameToken') }),
});
export type ContentToBackground = z.infer<(typeof contentToBackground)[keyof typeof contentToBackground]>;

/** What the content script tells the sidebar beside it; no payload, so nothing of the page travels. */
export const contentToSidebar = lazyGroup({
  // The page shows another record without a new page load (a single-page EHR, or a script changing the address).
  recordChanged: () => z.strictObject({ type: z.literal('contentToSidebar.recordChanged') }),
});
export type ContentToSidebar = z.infer<typeof contentToSidebar.recordChanged>;

export const backgroundToContent = lazyGroup({
  toggleSidebar: () => z.strictObject({ type: z.literal('backgroundToContent.toggleSidebar') }),
});
export const BackgroundToContentSchema = once(() => z.discriminatedUnion('type', [backgroundToContent.toggleSidebar]));
export type BackgroundToContent = z.infer<ReturnType<typeof BackgroundToContentSchema>>;

/** What the page answers to each request. */
export const pageReplies = lazyGroup({
  context: PageContextSchema,
  picked: () => z.strictObject({ fields: z.array(FieldInfoSchema()).check(z.maxLength(10_000)), fieldId: z.optional(FieldIdSchema()) }),
  undone: () => z.strictObject({ ok: z.boolean() }),
  tab: () => z.strictObject({ tabId: z.optional(z.int()) }),
  allowed: () => z.strictObject({ allowed: z.boolean() }),
  /** No token when the background will not give one (not a site Coplan runs on, not the top document). */
  frameToken: () => z.strictObject({ token: z.optional(FrameTokenSchema()) }),
  fields: () => z.strictObject({ fields: z.array(FieldInfoSchema()).check(z.maxLength(10_000)), preferred: z.optional(FieldIdSchema()) }),
  highlighted: () => z.strictObject({ ok: z.boolean() }),
  sessionHere: () => z.strictObject({ open: z.boolean() }),
  /** The trust's rules for the asking page's site, the field last used there, and where the clinician keeps the sidebar. */
  siteRules: () =>
    z.strictObject({
      personRule: z.optional(z.strictObject({ selector: z.optional(Short()), urlPattern: z.optional(Short()) })),
      fieldProfile: z.optional(z.strictObject({ selector: z.optional(Short()), label: z.optional(Short()) })),
      memory: z.optional(FieldMemorySchema()),
      /** Where the trust wants Coplan: absent means in the page (issue 17). */
      panel: z.optional(z.enum(PANEL_MODES)),
      placement: z.optional(PlacementSchema()),
    }),
  inserted: () =>
    z.union([
      z.strictObject({ ok: z.literal(true), text: SummaryTextSchema() }),
      z.strictObject({ ok: z.literal(false), reason: z.enum(['gone', 'not-writable', 'did-not-stick', 'no-page', 'context-changed', 'obscured']) }),
    ]),
});
export type InsertReply = z.infer<typeof pageReplies.inserted>;
export type SiteRules = z.infer<typeof pageReplies.siteRules>;

/** A message's `type`, or '' for anything without one: lets each listener skip others' messages cheaply. */
export function messageType(raw: unknown): string {
  return raw && typeof raw === 'object' && typeof (raw as { type?: unknown }).type === 'string' ? (raw as { type: string }).type : '';
}

/** What a receiver knows about who sent a message. */
export interface MessageSender {
  id?: string;
}

/**
 * Parses a message on receipt. Anything malformed, unknown, or from outside this extension is
 * dropped with a warning that names the problem but never echoes the payload (it may hold text).
 */
export function receive<S extends z.ZodMiniType>(
  schema: S,
  raw: unknown,
  sender: MessageSender,
  ownId: string,
): z.infer<S> | undefined {
  if (sender.id !== ownId) {
    console.warn('Coplan dropped a message from outside the extension');
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const where = result.error.issues.map((i) => i.path.join('.') || '(root)').join(', ');
    console.warn(`Coplan dropped a malformed or unknown message (problem at: ${where})`);
    return undefined;
  }
  return result.data;
}
