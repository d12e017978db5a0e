import type { Framework } from '../../../core/framework/schema';
import type { Session } from '../../../core/session/schema';

function download(name: string, value: unknown): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(value, null, 2)], { type: 'application/fhir+json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

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
