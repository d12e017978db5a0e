import type { Framework } from '../framework/schema';
import type { GuidanceSection } from '../guidance/schema';

/** Problems in how prompts and sections point at each other; an empty list means the content holds together. */
export function findBrokenLinks(framework: Framework, sections: GuidanceSection[]): string[] {
  const problems: string[] = [];
  const sectionIds = new Set<string>();
  for (const section of sections) {
    if (sectionIds.has(section.id)) problems.push(`guidance section id "${section.id}" is used twice`);
    sectionIds.add(section.id);
  }
  const domainIds = new Set(framework.domains.map((d) => d.id));
  for (const domain of framework.domains) {
    for (const prompt of domain.prompts) {
      for (const link of prompt.guidance) {
        if (!sectionIds.has(link)) problems.push(`prompt "${prompt.id}" links to missing section "${link}"`);
      }
    }
  }
  for (const section of sections) {
    for (const domain of section.domains) {
      if (!domainIds.has(domain)) problems.push(`section "${section.id}" names unknown domain "${domain}"`);
    }
  }
  return problems;
}

/** For each section id, the prompts that link to it, in framework order. */
export function promptsBySection(framework: Framework): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const domain of framework.domains) {
    for (const prompt of domain.prompts) {
      for (const link of prompt.guidance) index.set(link, [...(index.get(link) ?? []), prompt.id]);
    }
  }
  return index;
}
