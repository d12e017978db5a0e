import type { FeedbackStatement, Framework } from '../framework/schema';

/** The statements the person rates, and what set them. */
export interface FeedbackStatements {
  statements: readonly FeedbackStatement[];
  /** `id@version` of the framework or pack they come from: stamped on each answer and named by exports, so counts never mix two sets. */
  source: string;
}

interface PackStatements {
  id: string;
  version: string;
  feedbackStatements?: readonly FeedbackStatement[];
}

/** A trust pack's statements replace the framework's (issue 16); an import lets only one pack do so. */
export function feedbackStatementsIn(framework: Framework, packs: readonly PackStatements[]): FeedbackStatements {
  const pack = packs.find((p) => p.feedbackStatements?.length);
  return pack
    ? { statements: pack.feedbackStatements!, source: `${pack.id}@${pack.version}` }
    : { statements: framework.feedbackStatements ?? [], source: `${framework.id}@${framework.version}` };
}
