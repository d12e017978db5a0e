import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { SiteState } from './load-sites';
import { parseSiteInput, siteForBareHost } from './admit';
import { keepsPermission, listSites, type Site } from './sources';

/** What the options page's sites section needs from the browser; tests pass their own. */
export interface SitesBackend {
  load(): Promise<SiteState>;
  /** Whether Coplan holds the host permission for each pattern. */
  allowed(patterns: string[]): Promise<boolean[]>;
  /** Must be called from the click itself: browsers refuse to ask once an await has passed. */
  requestPermission(pattern: string): Promise<boolean>;
  releasePermission(pattern: string): Promise<void>;
  addUserSite(pattern: string): Promise<void>;
  removeUserSite(pattern: string): Promise<void>;
  /** Calls back when policy, stored sites or permissions change elsewhere; returns the way to stop. */
  watch(onChange: () => void): () => void;
}

/** A listed site, and whether the browser lets Coplan run there yet. */
export interface SiteRow extends Site {
  allowed: boolean;
}

export interface Notice {
  ok: boolean;
  text: string;
}

/** The sites section as signals and actions. */
export interface SitesModel {
  sites: ReadonlySignal<SiteRow[]>;
  allowUserSites: ReadonlySignal<boolean>;
  notice: ReadonlySignal<Notice | undefined>;
  /** The site pattern a bare host name was completed to, waiting for the person to confirm it. */
  suggestion: ReadonlySignal<string | undefined>;
  /** Loads the list and follows changes made elsewhere; returns the way to stop following. */
  connect(): () => void;
  /** Resolves true once the site is added, so the form can clear. Call it from the click. */
  add(input: string): Promise<boolean>;
  /** Asks again for a listed site's permission (policy sites, or one revoked in the browser). */
  allow(pattern: string): Promise<void>;
  remove(pattern: string): Promise<void>;
}

export function createSitesModel(backend: SitesBackend): SitesModel {
  const sites = signal<SiteRow[]>([]);
  const allowUserSites = signal(false);
  const notice = signal<Notice | undefined>(undefined);
  const suggestion = signal<string | undefined>(undefined);
  let state: SiteState = { builtIn: [], policy: [], user: [], allowUserSites: false };

  const load = async () => {
    state = await backend.load();
    const listed = listSites(state);
    const allowed = await backend.allowed(listed.map((s) => s.pattern));
    batch(() => {
      sites.value = listed.map((site, i) => ({ ...site, allowed: site.source === 'built-in' || !!allowed[i] }));
      allowUserSites.value = state.allowUserSites;
    });
  };
  const say = (ok: boolean, text: string) => void (notice.value = { ok, text });
  const refuse = (text: string) => {
    say(false, text);
    return Promise.resolve(false);
  };
  // A refused or failed request both mean the same to the person at the keyboard.
  const ask = (pattern: string) => backend.requestPermission(pattern).catch(() => false);

  return {
    sites,
    allowUserSites,
    notice,
    suggestion,
    connect() {
      // A read that fails (or ends after the page has gone) leaves the list as it was, said in the console.
      const reload = () => void load().catch((error: unknown) => console.warn('Coplan could not read the sites it runs on', error));
      reload();
      return backend.watch(reload);
    },
    add(input) {
      suggestion.value = undefined;
      if (!input.trim()) return refuse('Enter the address of an EHR page or a match pattern.');
      const parsed = parseSiteInput(input);
      const completed = parsed.ok ? undefined : siteForBareHost(input);
      if (completed) {
        // Never widen what was typed into a permission without asking: the person confirms the pattern.
        suggestion.value = completed;
        return refuse(`“${input.trim()}” has no https:// in front. Did you mean the whole site ${completed}? Choose “Add ${completed}” to add it.`);
      }
      if (!parsed.ok) return refuse(`“${parsed.input.trim()}” ${parsed.reason}.`);
      const { pattern } = parsed;
      if (sites.value.some((s) => s.pattern === pattern)) return refuse(`${pattern} is already in the list.`);
      const granted = ask(pattern);
      return (async () => {
        if (!(await granted)) return refuse(`Coplan was not given permission to run on ${pattern}, so the site was not added.`);
        await backend.addUserSite(pattern);
        await load();
        say(true, `Added ${pattern}. Coplan runs there from the next page you open.`);
        return true;
      })();
    },
    allow(pattern) {
      const granted = ask(pattern);
      return (async () => {
        if (!(await granted)) return say(false, `Coplan was not given permission to run on ${pattern}.`);
        await load();
        say(true, `Coplan can now run on ${pattern}.`);
      })();
    },
    async remove(pattern) {
      await backend.removeUserSite(pattern);
      if (!keepsPermission(pattern, state)) await backend.releasePermission(pattern);
      await load();
      say(true, `Removed ${pattern}. Coplan no longer runs there.`);
    },
  };
}
