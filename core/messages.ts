import { z } from 'zod/mini';

/**
 * Every runtime message, defined once (DESIGN.md rule 3). Names say the direction; receivers
 * parse with these schemas and drop anything else.
 */
export const backgroundToContent = {
  toggleSidebar: z.strictObject({ type: z.literal('backgroundToContent.toggleSidebar') }),
};

export const BackgroundToContentSchema = z.discriminatedUnion('type', [backgroundToContent.toggleSidebar]);
export type BackgroundToContent = z.infer<typeof BackgroundToContentSchema>;

/** What a receiver knows about who sent a message. */
export interface MessageSender {
  id?: string;
}

/**
 * Parses a message on receipt. Anything malformed, unknown, or from outside this extension is
 * dropped with a warning that names the problem but never echoes the payload (it may hold text).
 */
export function receive<S extends z.ZodMiniType>(
  schema: S,
  raw: unknown,
  sender: MessageSender,
  ownId: string,
): z.infer<S> | undefined {
  if (sender.id !== ownId) {
    console.warn('Coplan dropped a message from outside the extension');
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const where = result.error.issues.map((i) => i.path.join('.') || '(root)').join(', ');
    console.warn(`Coplan dropped a malformed or unknown message (problem at: ${where})`);
    return undefined;
  }
  return result.data;
}
