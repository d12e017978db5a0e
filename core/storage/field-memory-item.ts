import { z } from 'zod/mini';
import type { FieldMemory } from '../ehr/field-profile';
import { FieldMemorySchema } from '../messages';
import { defineTrustedItem } from './trusted-store';

/** The last field used on each site, by origin (an origin names the EHR, never the person); kept by the background only. */
const memoryItem = defineTrustedItem<unknown>('fieldMemory', {});
const MemorySchema = z.record(z.string(), z.lazy(FieldMemorySchema));

export async function loadFieldMemory(origin: string): Promise<FieldMemory | undefined> {
  const parsed = MemorySchema.safeParse(await memoryItem.getValue());
  return parsed.success ? parsed.data[origin] : undefined;
}

export async function rememberField(origin: string, field: FieldMemory): Promise<void> {
  const parsed = MemorySchema.safeParse(await memoryItem.getValue());
  await memoryItem.setValue({ ...(parsed.success ? parsed.data : {}), [origin]: field });
}
