import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod/mini';
import { FeedbackStatementSchema, FrameworkSchema, LeastRestrictiveOptionSchema, type Framework } from '../core/framework/schema';
import { GuidanceSectionSchema, type GuidanceSection } from '../core/guidance/schema';
import { findBrokenLinks } from '../core/content/links';
import { isDueForReview, isoToday } from '../core/guidance/review';
import { recheckDue, isDueForRecheck } from '../core/services/recheck';
import { ServiceSchema, type Service } from '../core/services/schema';

const FrameworkIndexSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  version: z.string(),
  domainOrder: z.array(z.string()).check(z.minLength(1)),
  leastRestrictiveOptions: z.array(LeastRestrictiveOptionSchema),
  feedbackStatements: z.optional(z.array(FeedbackStatementSchema)),
  firstContact: z.optional(z.array(z.string())),
});

export interface BuiltInContent {
  framework: Framework;
  sections: GuidanceSection[];
  services: Service[];
  files: string[];
  /** Sections whose next review date has come: the build warns, the sidebar says "Due for review". */
  dueForReview: { file: string; nextReview: string }[];
  /** Real services whose details are due to be checked again: the build warns, the sidebar says so. */
  servicesDueForRecheck: { id: string; due: string }[];
}

/** Dates in front matter may arrive as YAML dates; the schema wants YYYY-MM-DD text. */
const asDateText = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

/**
 * What a clinical safety officer needs on every built-in section (issue 15): a public source to
 * check it against, who reviewed it and when it must be looked at again. Packs may leave these out.
 */
function checkSignOff(file: string, section: GuidanceSection) {
  if (!section.references.some((r) => r.url?.startsWith('https://')))
    fail(file, 'references: needs at least one source with an https url');
  if (!section.reviewedBy) fail(file, 'reviewedBy: needs the reviewer\'s role, e.g. "Clinical safety officer, pending"');
  if (!section.nextReview) fail(file, 'nextReview: needs the date the section must be reviewed again');
  if (section.nextReview <= section.reviewed) fail(file, `nextReview: ${section.nextReview} is not after reviewed (${section.reviewed})`);
}

function fail(file: string, error: unknown): never {
  const detail = error instanceof z.core.$ZodError ? z.prettifyError(error) : String(error);
  throw new Error(`content/${file}: ${detail}`);
}

function readJson(root: string, file: string): unknown {
  try {
    return JSON.parse(readFileSync(join(root, file), 'utf8'));
  } catch (error) {
    fail(file, error);
  }
}

function readSection(root: string, file: string): GuidanceSection {
  const text = readFileSync(join(root, file), 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
  if (!match) fail(file, 'needs YAML front matter between --- lines');
  let section: GuidanceSection;
  try {
    const meta = parseYaml(match[1]!, { schema: 'core' }) as Record<string, unknown>;
    const dates = { reviewed: asDateText(meta.reviewed), nextReview: asDateText(meta.nextReview) };
    section = GuidanceSectionSchema.parse({ ...meta, ...dates, body: match[2]!.trim() });
  } catch (error) {
    fail(file, error);
  }
  checkSignOff(file, section);
  return section;
}

const SERVICES = 'services/builtin.json';

/**
 * The built-in services directory; ids must be unique, as packs replace entries by id. Each entry is
 * either a marked example or a real service with at least one source (issue 15), never neither.
 */
function readServices(root: string): Service[] {
  const parsed = z.array(ServiceSchema).safeParse(readJson(root, SERVICES));
  if (!parsed.success) fail(SERVICES, parsed.error);
  const ids = parsed.data.map((s) => s.id);
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length) fail(SERVICES, `service ids used twice: ${twice.join(', ')}`);
  for (const s of parsed.data) {
    if (s.example && s.sources?.length) fail(SERVICES, `${s.id}: an example service cites no sources; a real one is not marked "example"`);
    if (!s.example && !s.sources?.length) fail(SERVICES, `${s.id}: needs "sources" (where its details were checked) or "example": true if it is invented`);
  }
  return parsed.data;
}

/** Reads and validates the built-in pack from content/; throws a message naming the file and field. */
export function loadBuiltInContent(root: string, today: string = isoToday()): BuiltInContent {
  const index = FrameworkIndexSchema.safeParse(readJson(root, 'framework/framework.json'));
  if (!index.success) fail('framework/framework.json', index.error);
  const { domainOrder, ...meta } = index.data;
  const domainFiles = domainOrder.map((id) => `framework/domains/${id}.json`);
  const unlisted = readdirSync(join(root, 'framework/domains'))
    .map((f) => `framework/domains/${f}`)
    .filter((f) => !domainFiles.includes(f));
  if (unlisted.length) fail('framework/framework.json', `domainOrder leaves out ${unlisted.join(', ')}`);

  const parsed = FrameworkSchema.safeParse({ ...meta, domains: domainFiles.map((f) => readJson(root, f)) });
  if (!parsed.success) fail('framework', parsed.error);

  const sectionFiles = readdirSync(join(root, 'guidance'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `guidance/${f}`);
  const sections = sectionFiles.map((f) => readSection(root, f));
  sections.forEach((s, i) => {
    if (`guidance/${s.id}.md` !== sectionFiles[i]) fail(sectionFiles[i]!, `id "${s.id}" must match the file name`);
  });
  const broken = findBrokenLinks(parsed.data, sections);
  if (broken.length) fail('framework', broken.join('\n'));
  const services = readServices(root);
  return {
    framework: parsed.data,
    sections,
    services,
    files: ['framework/framework.json', ...domainFiles, ...sectionFiles, SERVICES].map((f) => join(root, f)),
    dueForReview: sections
      .map((s, i) => ({ file: sectionFiles[i]!, nextReview: s.nextReview!, due: isDueForReview(s, today) }))
      .filter((s) => s.due)
      .map(({ file, nextReview }) => ({ file, nextReview })),
    servicesDueForRecheck: services.filter((s) => isDueForRecheck(s, today)).map((s) => ({ id: s.id, due: recheckDue(s)! })),
  };
}
