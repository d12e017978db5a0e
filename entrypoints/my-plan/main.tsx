import { render } from 'preact';
import services from 'virtual:coplan/services';
import { CopyPage } from '../../components/my-plan/CopyPage';
import '../../components/my-plan/my-plan.css';
import { EXAMPLE_LANGUAGE_PACKS } from '../../core/copy/example-packs';
import { storedLanguagePacks } from '../../core/copy/language-pack-store';
import { copyLanguages } from '../../core/copy/languages';
import { myPlan } from '../../core/copy/my-plan';
import { openDb } from '../../core/db';
import { builtInFramework } from '../../core/framework/builtin';
import { loadServices } from '../../core/services/load';
import { restoreSession } from '../../core/session/restore';

// The person's copy of one session, opened from the sidebar's "Person's copy" button. It reads the
// draft from the extension's own database by id; nothing is sent anywhere, printing is the browser's.
const sessionId = new URLSearchParams(location.search).get('session');
const root = document.getElementById('app')!;
const db = openDb();

// A trust's language packs that cannot be read leave the examples and English, never no copy.
const trustPacks = storedLanguagePacks(db).catch(() => []);

void Promise.all([sessionId ? db.sessions.get(sessionId) : undefined, loadServices(db, services), trustPacks]).then(([row, directory, installed]) => {
  const restored = row ? restoreSession(row) : undefined;
  if (!restored?.ok) {
    render(
      <div class="copy-unavailable">
        <h1>No plan to show</h1>
        <p>This session is no longer on this computer, or could not be read. Open the person’s copy again from the sidebar.</p>
      </div>,
      root,
    );
    return;
  }
  const { session } = restored;
  render(
    <CopyPage
      plan={myPlan(builtInFramework, session, directory)}
      languages={copyLanguages(EXAMPLE_LANGUAGE_PACKS, installed)}
      preferredLanguage={session.record.communication.preferredLanguage}
      onPrint={() => print()}
    />,
    root,
  );
  // After the frame that shows it: the bench times open → painted with this mark.
  requestAnimationFrame(() => setTimeout(() => performance.mark('coplan:copy-painted')));
});
