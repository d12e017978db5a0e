import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import type { GuidanceIndex, SearchHit, SectionMeta } from '../guidance/search';
import type { GuidanceSection } from '../guidance/schema';
import type { ReportUsage } from './usage';

/** The guidance library once loaded: every section's card, the search index, and each whole section on request. */
export interface GuidanceLibrary {
  /** Titles, summaries, tags and domains by id; bodies stay in storage until a section is opened. */
  cards: Map<string, SectionMeta>;
  section(id: string): Promise<GuidanceSection | undefined>;
  index: GuidanceIndex;
  /** Sections a trust's pack supplied, so the reader can say where the text came from. */
  sources?: Map<string, { packName: string; replacesBuiltIn: boolean }>;
}

/** A section open in place, and the control to return focus to when the clinician goes back. */
export interface OpenSection {
  section: GuidanceSection;
  returnTo?: string;
  source?: { packName: string; replacesBuiltIn: boolean };
}

export interface GuidanceModel {
  query: ReadonlySignal<string>;
  domain: ReadonlySignal<string>;
  hits: ReadonlySignal<SearchHit[]>;
  library: ReadonlySignal<GuidanceLibrary | undefined>;
  open: ReadonlySignal<OpenSection | undefined>;
  /** Loads the library once; later calls share the first. */
  load(): Promise<void>;
  setQuery(query: string): void;
  setDomain(domain: string): void;
  openSection(id: string, returnTo?: string): Promise<void>;
  back(): string | undefined;
}

/** Guidance search and reading, with the library loaded lazily so the sidebar opens fast. */
const SEARCH_SETTLED_MS = 1500;

/**
 * `onUsage` hears which sections were opened and how many results a settled search found: never
 * the search words, which could name the person.
 */
export function createGuidanceModel(loadLibrary: () => Promise<GuidanceLibrary>, onUsage?: ReportUsage): GuidanceModel {
  const query = signal('');
  const domain = signal('');
  const library = signal<GuidanceLibrary | undefined>(undefined);
  const open = signal<OpenSection | undefined>(undefined);
  let loading: Promise<void> | undefined;
  let settling: ReturnType<typeof setTimeout> | undefined;
  const searchSettled = () => {
    clearTimeout(settling);
    if (!query.value.trim()) return;
    settling = setTimeout(() => onUsage?.({ type: 'search-run', resultCount: hits.value.length }), SEARCH_SETTLED_MS);
  };

  const hits = computed(() => {
    const loaded = library.value;
    if (!loaded || !query.value.trim()) return [];
    return loaded.index.search(query.value, { domain: domain.value || undefined, limit: 20 });
  });

  const load = () => {
    loading ??= loadLibrary().then((loaded) => void (library.value = loaded));
    return loading;
  };

  return {
    query,
    domain,
    hits,
    library,
    open,
    load,
    setQuery: (next) => {
      query.value = next;
      void load();
      searchSettled();
    },
    setDomain: (next) => void (domain.value = next),
    async openSection(id, returnTo) {
      await load();
      const section = await library.value?.section(id);
      if (!section) return;
      open.value = { section, returnTo, source: library.value?.sources?.get(id) };
      onUsage?.({ type: 'guidance-opened', sectionId: id });
    },
    back() {
      const returnTo = open.value?.returnTo;
      batch(() => void (open.value = undefined));
      return returnTo;
    },
  };
}
