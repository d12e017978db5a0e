import { render } from 'preact';
import '../../components/feedback/feedback.css';
import { FeedbackApp } from '../../components/feedback/FeedbackApp';
import { EXAMPLE_LANGUAGE_PACKS } from '../../core/copy/example-packs';
import { feedbackLanguages } from '../../core/copy/feedback-languages';
import { openDb } from '../../core/db';
import { CATEGORY_IDS } from '../../core/equality/categories';
import { saveFeedback } from '../../core/feedback/store';
import { builtInFramework } from '../../core/framework/builtin';
import { loadFeedbackStatements } from '../../core/packs/installed';
import { loadPolicyCopy } from '../../core/storage/policy-copy-item';
import { loadSettings } from '../../core/storage/settings-item';

// The page the sidebar's "Feedback from the person" opens. It reads no session: only the team id
// (to stamp the row), the policy's equality questions and the statements (a trust pack's, or the framework's).
const query = new URLSearchParams(location.search);
const training = query.get('training') === '1';

async function start(): Promise<void> {
  const db = openDb();
  const [settings, policy, { statements, source }] = await Promise.all([loadSettings(), loadPolicyCopy(), loadFeedbackStatements(db, builtInFramework)]);
  const team = policy.teamId ?? settings.teamId;
  render(
    <FeedbackApp
      languages={feedbackLanguages(EXAMPLE_LANGUAGE_PACKS, statements)}
      asked={policy.equalityQuestions ?? CATEGORY_IDS}
      send={(answers) => saveFeedback(db, answers, { team, framework: source, training, now: Date.now(), id: crypto.randomUUID() }).catch(() => false)}
    />,
    document.getElementById('app')!,
  );
}

void start();
