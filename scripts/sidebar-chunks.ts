import { resolve } from 'node:path';

/** What rolldown's chunking `name` function is given: a read-only view of the module graph. */
interface ChunkingContext {
  getModuleInfo(id: string): { isEntry: boolean; importers: string[]; dynamicImporters: string[]; importedIds: string[] } | null;
}

/**
 * Chunk names for the sidebar's first load (rolldown's `codeSplitting.groups[].name`). Left to
 * itself rolldown cuts the sidebar's static imports into a chunk per set of pages sharing them (a
 * dozen files, some under 1 KB), and Chromium serves each extension file through its own
 * browser-process task, which on a busy 2-core machine costs more than the bytes (measured: the
 * open is about 15 ms slower). So whatever the sidebar loads at once that other pages also use
 * goes into one chunk; what only the sidebar uses stays in its own chunk as before. Everything
 * else keeps its automatic split, so what is lazy stays lazy.
 */
export function sidebarChunks(root: string) {
  const sidebarMain = resolve(root, 'entrypoints/sidebar/main.tsx');
  // The side panel loads the same app, so both pages count as the sidebar.
  const sidebarPages = new Set(['sidebar', 'sidepanel'].map((page) => resolve(root, `entrypoints/${page}/index.html`)));
  let initial: Set<string> | undefined;

  return (id: string, ctx: ChunkingContext): string | null => {
    if (!initial) {
      initial = new Set();
      const walk = (at: string) => {
        if (initial!.has(at)) return;
        initial!.add(at);
        ctx.getModuleInfo(at)?.importedIds.forEach(walk);
      };
      walk(sidebarMain);
    }
    // WXT's plugin loader, empty in a build, is imported by every page: alone it is one more file.
    if (id.includes('virtual:wxt-html-plugins')) return 'shared';
    // Styles stay where rolldown puts them: in this chunk they would reach pages they were never on.
    if (!initial.has(id) || id === sidebarMain || id.endsWith('.css')) return null;
    // Shared when any other page reaches the module, statically or through a lazy import.
    const seen = new Set<string>();
    const usedElsewhere = (at: string): boolean => {
      if (seen.has(at)) return false;
      seen.add(at);
      const info = ctx.getModuleInfo(at);
      if (!info) return false;
      if (info.isEntry && at !== sidebarMain && !sidebarPages.has(at)) return true;
      return [...info.importers, ...info.dynamicImporters].some(usedElsewhere);
    };
    return usedElsewhere(id) ? 'shared' : null;
  };
}
