import type { GuidanceSection } from '../guidance/schema';
import type { Service } from '../services/schema';
import type { PackSection } from './installed';

/** Where a section shown in the sidebar came from, when a pack brought it. */
export interface SectionSource {
  packName: string;
  /** It took the place of the built-in section with the same id. */
  replacesBuiltIn: boolean;
}

/**
 * Built-in sections with packs' sections added; a pack's section replaces the built-in one with
 * its id, in the built-in one's place, so a trust can localise guidance the prompts link to.
 * Imports refuse two packs claiming one id, so pack sections never replace each other.
 */
export function mergeSections(builtIn: GuidanceSection[], fromPacks: PackSection[]) {
  const byId = new Map(fromPacks.map((p) => [p.section.id, p]));
  const sources = new Map<string, SectionSource>();
  const sections = builtIn.map((section) => {
    const replacement = byId.get(section.id);
    if (!replacement) return section;
    sources.set(section.id, { packName: replacement.packName, replacesBuiltIn: true });
    return replacement.section;
  });
  for (const { section, packName } of fromPacks) {
    if (sources.has(section.id)) continue;
    sources.set(section.id, { packName, replacesBuiltIn: false });
    sections.push(section);
  }
  return { sections, sources };
}

/**
 * Built-in services with packs' services added; a pack's entry replaces a built-in one with its id.
 * Once any pack brings services, the trust has its own directory, so the built-in invented examples
 * leave it whole (issue 15: marked "not real" only until a trust pack replaces them); the real
 * national routes stay.
 */
export function mergeServices(builtIn: Service[], fromPacks: Service[]): Service[] {
  const ids = new Set(fromPacks.map((s) => s.id));
  const kept = builtIn.filter((s) => !ids.has(s.id) && !(fromPacks.length && s.example));
  return [...kept, ...fromPacks];
}
