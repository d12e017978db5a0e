import type { GuidanceSection } from '../guidance/schema';
import { formatPath } from './problems';
import type { BuiltIns, Pack } from './schema';

/**
 * What the schema cannot see on its own: ids used twice, references to domains and sections that do
 * not exist, prompt ids that clash with the framework, and bodies carrying script or javascript:
 * links. Bodies are sanitised when shown anyway (core/guidance/render.ts); refusing them here tells
 * the publisher plainly rather than silently dropping part of their text (issue 5).
 */

/** Problems within one pack checked against the built-in content; an empty list means it holds together. */
export function checkPack(pack: Pack, builtIns: BuiltIns): string[] {
  return [...duplicates(pack), ...references(pack, builtIns), ...unsafeBodies(pack.sections)];
}

/** The ids a pack claims, with where each is, for this check and for conflicts with installed packs. */
export function claimedIds(pack: Pack) {
  return {
    sections: pack.sections.map((s, i) => ({ id: s.id, path: `sections[${i}].id` })),
    services: pack.services.map((s, i) => ({ id: s.id, path: `services[${i}].id` })),
    prompts: (pack.frameworkAdditions ?? []).flatMap((a, i) => a.prompts.map((p, j) => ({ id: p.id, path: `frameworkAdditions[${i}].prompts[${j}].id` }))),
    statements: (pack.feedbackStatements ?? []).map((s, i) => ({ id: s.id, path: `feedbackStatements[${i}].id` })),
  };
}

function duplicates(pack: Pack): string[] {
  return Object.entries(claimedIds(pack)).flatMap(([kind, claims]) => {
    const first = new Map<string, string>();
    return claims.flatMap(({ id, path }) => {
      const earlier = first.get(id);
      if (earlier === undefined) {
        first.set(id, path);
        return [];
      }
      return [`${path}: the ${kind.slice(0, -1)} id "${id}" is used twice in this pack (also at ${earlier})`];
    });
  });
}

function references(pack: Pack, { framework, sectionIds }: BuiltIns): string[] {
  const domains = new Set(framework.domains.map((d) => d.id));
  const known = `known domains: ${[...domains].join(', ')}`;
  const frameworkIds = new Set(framework.domains.flatMap((d) => [d.id, ...d.prompts.map((p) => p.id)]).concat(framework.leastRestrictiveOptions.map((o) => o.id)));
  const linkable = new Set([...sectionIds, ...pack.sections.map((s) => s.id)]);
  const problems = pack.sections.flatMap((s, i) =>
    s.domains.flatMap((d, j) => (domains.has(d) ? [] : [`sections[${i}].domains[${j}]: there is no domain "${d}" (${known})`])),
  );
  (pack.frameworkAdditions ?? []).forEach((addition, i) => {
    if (!domains.has(addition.domain)) problems.push(`frameworkAdditions[${i}].domain: there is no domain "${addition.domain}" to add prompts to (${known})`);
    addition.prompts.forEach((prompt, j) => {
      const at = formatPath(['frameworkAdditions', i, 'prompts', j]);
      if (frameworkIds.has(prompt.id)) problems.push(`${at}.id: "${prompt.id}" is already used by the built-in framework`);
      prompt.guidance.forEach((link, k) => {
        if (!linkable.has(link)) problems.push(`${at}.guidance[${k}]: links to "${link}", which is neither in this pack nor built in`);
      });
    });
  });
  return problems;
}

const SCRIPT = /<\s*\/?\s*script\b/i;
// Allows the spaces, tabs and entity tricks that browsers have historically ignored inside a scheme.
const JAVASCRIPT_LINK = /j(?:\s|&#?\w+;)*a(?:\s|&#?\w+;)*v(?:\s|&#?\w+;)*a(?:\s|&#?\w+;)*s(?:\s|&#?\w+;)*c(?:\s|&#?\w+;)*r(?:\s|&#?\w+;)*i(?:\s|&#?\w+;)*p(?:\s|&#?\w+;)*t\s*(?::|&colon;|&#0*58;|&#x0*3a;)/i;

function unsafeBodies(sections: GuidanceSection[]): string[] {
  return sections.flatMap((s, i) => {
    const line = (pattern: RegExp) => s.body.slice(0, pattern.exec(s.body)!.index).split('\n').length;
    const found: string[] = [];
    if (SCRIPT.test(s.body)) found.push(`sections[${i}].body (line ${line(SCRIPT)} of the body): contains a <script> tag; packs may not carry scripts`);
    if (JAVASCRIPT_LINK.test(s.body)) found.push(`sections[${i}].body (line ${line(JAVASCRIPT_LINK)} of the body): contains a javascript: link; links must be https:// addresses`);
    return found;
  });
}
