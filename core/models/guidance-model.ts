import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import type { GuidanceIndex, SearchHit } from '../guidance/search';
import type { GuidanceSection } from '../guidance/schema';

/** The guidance library once loaded: whole sections by id and their search index. */
export interface GuidanceLibrary {
  sections: Map<string, GuidanceSection>;
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
export function createGuidanceModel(loadLibrary: () => Promise<GuidanceLibrary>): GuidanceModel {
  const query = signal('');
  const domain = signal('');
  const library = signal<GuidanceLibrary | undefined>(undefined);
  const open = signal<OpenSection | undefined>(undefined);
  let loading: Promise<void> | undefined;

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
    },
    setDomain: (next) => void (domain.value = next),
    async openSection(id, returnTo) {
      await load();
      const section = library.value?.sections.get(id);
      if (section) open.value = { section, returnTo, source: library.value?.sources?.get(id) };
    },
    back() {
      const returnTo = open.value?.returnTo;
      batch(() => void (open.value = undefined));
      return returnTo;
    },
  };
}
