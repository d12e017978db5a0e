import { z } from 'zod/mini';
import { IdSchema, type Domain, type Framework } from '../framework/schema';
// Each schema is z.lazy: built at its first use, not as the sidebar's first load imports it (issue 20 item 1).

// The agenda is the person's (issue 14, after DIALOG+): at the start they choose which areas to
// talk about today. The chosen areas come first; the others stay in the sidebar, out of the way.
// A first contact can take the framework's short path of core prompts instead.

/**
 * How today's conversation is laid out: `chosen` areas picked by the person, the `first-contact`
 * short path, or `all` areas in framework order (also what a session with no agenda shows).
 */
export const AGENDA_PATHS = ['chosen', 'first-contact', 'all'] as const;
export type AgendaPath = (typeof AGENDA_PATHS)[number];

export const AgendaSchema = z.lazy(() => z.strictObject({
  path: z.enum(AGENDA_PATHS),
  /** Domain ids the person chose; empty unless the path is `chosen`. */
  domains: z.array(IdSchema),
}));
export type Agenda = z.infer<typeof AgendaSchema>;

/** Domains as the sidebar shows them today: on the agenda first, the rest still available. */
export interface AgendaView {
  today: Domain[];
  others: Domain[];
}

/** A domain cut down to the prompts that pass `keep`, or nothing when none does. */
function only(domain: Domain, keep: (promptId: string) => boolean): Domain[] {
  const prompts = domain.prompts.filter((p) => keep(p.id));
  return prompts.length === 0 ? [] : [prompts.length === domain.prompts.length ? domain : { ...domain, prompts }];
}

/**
 * Splits the framework by the agenda. On the first-contact path a domain's core prompts are on
 * today's list and its other prompts with the other areas, so nothing the framework offers is lost.
 * Without a first-contact path in the framework, that path shows every area.
 */
export function agendaView(framework: Framework, agenda: Agenda | undefined): AgendaView {
  const all = framework.domains;
  if (!agenda || agenda.path === 'all') return { today: all, others: [] };
  if (agenda.path === 'chosen') {
    const chosen = new Set(agenda.domains);
    return { today: all.filter((d) => chosen.has(d.id)), others: all.filter((d) => !chosen.has(d.id)) };
  }
  const core = new Set(framework.firstContact ?? []);
  if (core.size === 0) return { today: all, others: [] };
  return { today: all.flatMap((d) => only(d, (id) => core.has(id))), others: all.flatMap((d) => only(d, (id) => !core.has(id))) };
}

/** An agenda the person chose: the areas in framework order, whatever order they were ticked in. */
export function chosenAgenda(framework: Framework, domainIds: Iterable<string>): Agenda {
  const picked = new Set(domainIds);
  return { path: 'chosen', domains: framework.domains.filter((d) => picked.has(d.id)).map((d) => d.id) };
}
