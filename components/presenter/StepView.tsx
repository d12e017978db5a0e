import type { PresenterStep, StepSection } from '../../core/training/presenter-steps';

function Section({ section }: { section: StepSection }) {
  return (
    <section class="slide__section">
      <h2>{section.heading}</h2>
      {section.lines.map((line) =>
        section.quote ? <blockquote key={line}><p>“{line}”</p></blockquote> : <p key={line}>{line}</p>,
      )}
    </section>
  );
}

/** One presenter step: the visible sections, and the revealed ones once the trainer asks. */
export function StepView({ step, revealed }: { step: PresenterStep; revealed: boolean }) {
  return (
    <>
      <p class="slide__kicker">{step.kicker}</p>
      <h1 class="slide__title">{step.title}</h1>
      {step.sections.map((section) => <Section key={section.heading} section={section} />)}
      {step.reveal && (
        <div id="reveal" class="slide__reveal" hidden={!revealed}>
          {step.reveal.sections.map((section) => <Section key={section.heading} section={section} />)}
        </div>
      )}
    </>
  );
}
