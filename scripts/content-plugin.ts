import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadBuiltInContent } from './content-loader';

const MODULES = {
  framework: 'virtual:coplan/framework',
  guidance: 'virtual:coplan/guidance',
  // Just the ids, so the options page can check a pack against built-in sections without their text.
  guidanceIds: 'virtual:coplan/guidance-ids',
  services: 'virtual:coplan/services',
} as const;

/** Serves content/ as validated JSON modules, so a content mistake fails the build, not the clinician. */
export function contentPlugin(root = resolve(import.meta.dirname, '../content')): Plugin {
  return {
    name: 'coplan-content',
    resolveId(id) {
      return Object.values(MODULES).includes(id as never) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith('\0virtual:coplan/')) return undefined;
      const content = loadBuiltInContent(root);
      content.files.forEach((file) => this.addWatchFile(file));
      // Once per build (the framework module is always loaded): past-due content still builds, so a
      // lapsed review never blocks a safety fix, but the build log says so and the sidebar shows it.
      if (id === `\0${MODULES.guidance}`)
        for (const due of content.dueForReview)
          this.warn(`content/${due.file}: next review was due on ${due.nextReview}; the sidebar shows "Due for review"`);
      if (id === `\0${MODULES.services}`)
        for (const due of content.servicesDueForRecheck)
          this.warn(`content/services/builtin.json: ${due.id} was due to be checked again on ${due.due}; the sidebar says so on the entry`);
      const values: Record<string, unknown> = {
        [MODULES.framework]: content.framework,
        [MODULES.guidance]: content.sections,
        [MODULES.guidanceIds]: content.sections.map((s) => s.id),
        [MODULES.services]: content.services,
      };
      const value = values[id.slice(1)];
      // JSON.parse of a string is quicker for V8 to load than the same data as an object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
    },
  };
}
