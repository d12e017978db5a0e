/** A value built on first use and kept: zod schemas, so a script that loads with every page builds none it does not use. */
export function once<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}
