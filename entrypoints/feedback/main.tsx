import { render } from 'preact';
import '../../components/feedback/feedback.css';
import { FeedbackApp } from '../../components/feedback/FeedbackApp';
import { openDb } from '../../core/db';
import { CATEGORY_IDS } from '../../core/equality/categories';
import { saveFeedback } from '../../core/feedback/store';
import { builtInFramework } from '../../core/framework/builtin';
import { loadPolicyCopy } from '../../core/storage/policy-copy-item';
import { loadSettings } from '../../core/storage/settings-item';

// The page the sidebar's "Feedback from the person" opens. It reads no session: only the team id
// (to stamp the row), the policy's equality questions and the framework's statements.
const query = new URLSearchParams(location.search);
const training = query.get('training') === '1';
const framework = builtInFramework;

async function start(): Promise<void> {
  const [settings, policy] = await Promise.all([loadSettings(), loadPolicyCopy()]);
  const team = policy.teamId ?? settings.teamId;
  render(
    <FeedbackApp
      statements={framework.feedbackStatements ?? []}
      asked={policy.equalityQuestions ?? CATEGORY_IDS}
      send={(answers) =>
        saveFeedback(openDb(), answers, { team, framework: `${framework.id}@${framework.version}`, training, now: Date.now(), id: crypto.randomUUID() }).catch(() => false)}
    />,
    document.getElementById('app')!,
  );
}

void start();
