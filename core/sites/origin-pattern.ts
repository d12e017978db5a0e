/**
 * The match pattern covering a whole web origin (`https://ehr.example/*`), or undefined for
 * anything that cannot be a site Coplan runs on (`null`, `file:`, another extension, …). The port
 * is left out: Coplan's patterns have none (core/sites/patterns.ts), and Firefox refuses a
 * pattern with one.
 */
export function originPattern(origin: string): string | undefined {
  if (!/^https?:\/\/[^/]+$/.test(origin) || !URL.canParse(origin)) return undefined;
  const { protocol, hostname } = new URL(origin);
  return `${protocol}//${hostname}/*`;
}
