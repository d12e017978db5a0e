import { z } from 'zod/mini';
import { IdSchema } from '../framework/schema';
import { SERVICE_KINDS } from './kinds';

const text = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));

export const ContactSchema = z
  .strictObject({
    phone: z.optional(z.string().check(z.regex(/^\+?[0-9 ()-]{6,20}$/, 'must be a phone number of digits and spaces'))),
    email: z.optional(z.email()),
    // Shown as a link, so the same rule as guidance links: https only.
    website: z.optional(z.url({ protocol: /^https$/ })),
  })
  .check(z.refine((c) => Boolean(c.phone || c.email || c.website), 'needs at least one of phone, email or website'));
export type Contact = z.infer<typeof ContactSchema>;

/** A local directory entry; real ones come in a trust's pack, the built-in ones are fictional. */
export const ServiceSchema = z.strictObject({
  id: IdSchema,
  name: text(3, 160),
  kind: z.enum(SERVICE_KINDS),
  languages: z.array(text(2, 60)),
  faiths: z.array(text(2, 60)),
  area: text(2, 160),
  contact: ContactSchema,
  openingHours: text(2, 300),
  notes: z.optional(text(1, 2000)),
});
export type Service = z.infer<typeof ServiceSchema>;
