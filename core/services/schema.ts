import { z } from 'zod/mini';
import { IdSchema } from '../framework/schema';
import { SERVICE_KINDS } from './kinds';

const text = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));
// Shown as links, so the same rule as guidance links: https only.
const httpsUrl = () => z.url({ protocol: /^https$/ });
// Three digits upwards, so national short numbers (111, 116 123) fit beside ordinary ones.
const number = (what: string) => z.string().check(z.regex(/^\+?[0-9 ()-]{3,20}$/, `must be a ${what} of digits and spaces`));

export const ContactSchema = z
  .strictObject({
    phone: z.optional(number('phone number')),
    /** A number to send a text message to (e.g. Shout's 85258); what to write goes in the notes. */
    text: z.optional(number('text number')),
    email: z.optional(z.email()),
    website: z.optional(httpsUrl()),
  })
  .check(z.refine((c) => Boolean(c.phone || c.text || c.email || c.website), 'needs at least one of phone, text, email or website'));
export type Contact = z.infer<typeof ContactSchema>;

/** Where a real service's details were checked, and when (issue 15: "each with its source"). */
export const ServiceSourceSchema = z.strictObject({
  title: text(3, 200),
  publisher: text(2, 120),
  url: httpsUrl(),
  checked: z.iso.date(),
});
export type ServiceSource = z.infer<typeof ServiceSourceSchema>;

/**
 * A directory entry. Built in: real national routes, each with its sources, and invented local
 * examples marked `example` (shown as "Example service, not real"); a trust's pack brings its own.
 */
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
  /** Invented to show how a directory looks: never a way to reach anyone. */
  example: z.optional(z.boolean()),
  sources: z.optional(z.array(ServiceSourceSchema).check(z.maxLength(10))),
});
export type Service = z.infer<typeof ServiceSchema>;
