const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** Whether a page address falls under a match pattern, as the browser itself would decide. */
export function matchesPattern(pattern: string, url: string): boolean {
  const parts = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!parts) return false;
  const [, scheme, host, path] = parts as unknown as [string, string, string, string];
  const schemeRe = scheme === '*' ? 'https?' : scheme;
  const hostRe = host === '*' ? '[^/]+' : host.startsWith('*.') ? `(?:[^/]+\\.)?${escape(host.slice(2))}` : escape(host);
  const pathRe = path.split('*').map(escape).join('.*');
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  // Ports are not part of a match pattern: compare the host name alone.
  return new RegExp(`^${schemeRe}://${hostRe}${pathRe}$`).test(`${target.protocol.slice(0, -1)}://${target.hostname}${target.pathname}${target.search}`);
}
