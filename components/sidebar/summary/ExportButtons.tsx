import type { Framework } from '../../../core/framework/schema';
import type { Session } from '../../../core/session/schema';
import { saveFile } from '../../save-file';

const download = (name: string, value: unknown) => saveFile({ name, type: 'application/fhir+json', text: JSON.stringify(value, null, 2) });

// FHIR mapping is loaded on the click: few sessions are exported, and every sidebar opening counts.
const fhir = () => Promise.all([import('../../../core/fhir/questionnaire'), import('../../../core/fhir/questionnaire-response')]);

/** FHIR R4 files for systems that take structured answers rather than free text. */
export function ExportButtons({ framework, session }: { framework: Framework; session: Session }) {
  const exportAnswers = async () => {
    const [, { sessionToQuestionnaireResponse }] = await fhir();
    download(`coplan-response-${session.id.slice(0, 8)}.json`, sessionToQuestionnaireResponse(framework, session));
  };
  const exportFramework = async () => {
    const [{ frameworkToQuestionnaire }] = await fhir();
    download(`${framework.id}-${framework.version}-questionnaire.json`, frameworkToQuestionnaire(framework));
  };
  return (
    <details class="exports">
      <summary>Export as FHIR</summary>
      <p class="field__hint">The answers file holds only what the record would: the items ticked in “Agree what goes in the record”.</p>
      <div class="inline">
        <button type="button" class="button button--secondary" onClick={() => void exportAnswers()}>
          Download answers (QuestionnaireResponse)
        </button>
        <button type="button" class="button button--secondary" onClick={() => void exportFramework()}>
          Download framework (Questionnaire)
        </button>
      </div>
    </details>
  );
}
