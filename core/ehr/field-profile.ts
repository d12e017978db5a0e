import type { FieldScan } from './fields';

/** How a field is recognised next time: its id, its name, then its label, most robust first. */
export interface FieldMemory {
  id?: string;
  name?: string;
  label: string;
}

/** A trust's profile for a site, from policy: a CSS selector or the field's label text. */
export interface FieldProfile {
  selector?: string;
  label?: string;
}

export function describeField(element: HTMLElement, label: string): FieldMemory {
  const memory: FieldMemory = { label };
  if (element.id) memory.id = element.id;
  const name = element.getAttribute('name');
  if (name) memory.name = name;
  return memory;
}

function safeMatches(element: HTMLElement, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false; // a broken selector from configuration must not break the page
  }
}

/** The field to pre-select: the trust's profile first, then the one this clinician used last here. */
export function preferredField(scan: FieldScan, profile?: FieldProfile, memory?: FieldMemory): string | undefined {
  const entries = scan.fields.map((field) => ({ field, element: scan.elements.get(field.id)! }));
  const find = (test: (entry: (typeof entries)[number]) => boolean) => entries.find(test)?.field.id;
  if (profile?.selector) {
    const found = find(({ element }) => safeMatches(element, profile.selector!));
    if (found) return found;
  }
  if (profile?.label) {
    const found = find(({ field }) => field.label === profile.label);
    if (found) return found;
  }
  if (!memory) return undefined;
  return (
    (memory.id ? find(({ element }) => element.id === memory.id) : undefined) ??
    (memory.name ? find(({ element }) => element.getAttribute('name') === memory.name) : undefined) ??
    find(({ field }) => field.label === memory.label)
  );
}
