import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Measure } from './report';

const gzKb = (file: string) => Math.round((gzipSync(readFileSync(file)).length / 1024) * 10) / 10;

/** The sidebar's initial JS is what its HTML loads before any lazy chunk: scripts and preloads. */
function initialScripts(dir: string, html: string): string[] {
  const text = readFileSync(resolve(dir, html), 'utf8');
  return [...text.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+)"/g)].map((m) => resolve(dir, `.${m[1]!}`));
}

export function bundleSizes(dir: string): (Measure & { budget: number })[] {
  const sidebar = initialScripts(dir, 'sidebar.html').reduce((sum, file) => sum + gzKb(file), 0);
  return [
    { id: 'content-script-gzip', value: gzKb(resolve(dir, 'content-scripts/ehr.js')), unit: 'KB', budget: 20 },
    { id: 'sidebar-initial-js-gzip', value: Math.round(sidebar * 10) / 10, unit: 'KB', budget: 80 },
  ];
}
