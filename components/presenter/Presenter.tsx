import { useEffect, useReducer, useRef } from 'preact/hooks';
import type { PresenterStep } from '../../core/training/presenter-steps';
import { presenterAction, type PresenterAction } from './keys';
import { StepView } from './StepView';

interface Props {
  scenarioTitle: string;
  steps: PresenterStep[];
  /** Back to the scenario's record, with the trainer's choices (Exit or Esc). */
  onExit: () => void;
}

interface Place {
  index: number;
  revealed: boolean;
}

/** The scenario for a room: one step at a time, large and high-contrast, by keyboard, clicker or mouse. */
export function Presenter({ scenarioTitle, steps, onExit }: Props) {
  const last = steps.length - 1;
  // A reducer, so presses that land before a re-render still move from the latest step.
  const [{ index, revealed }, move] = useReducer((place: Place, action: Exclude<PresenterAction, 'exit'>): Place => {
    if (action === 'reveal') return steps[place.index]!.reveal ? { ...place, revealed: !place.revealed } : place;
    const next = Math.min(Math.max(place.index + (action === 'next' ? 1 : -1), 0), last);
    return next === place.index ? place : { index: next, revealed: false };
  }, { index: 0, revealed: false });
  const step = steps[index]!;
  const exit = useRef(onExit);
  exit.current = onExit;

  useEffect(() => scrollTo(0, 0), [index]);
  // Bring what was revealed into view, so the room sees it without anyone scrolling.
  useEffect(() => {
    if (revealed) document.getElementById('reveal')?.scrollIntoView({ block: 'nearest' });
  }, [revealed]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = presenterAction(event);
      if (!action) return;
      event.preventDefault();
      if (action === 'exit') exit.current();
      else move(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div class="presenter">
      <header class="presenter__bar">
        <p class="presenter__scenario">
          {scenarioTitle} <span class="presenter__fictional">Training: a fictional person</span>
        </p>
        <p class="presenter__counter" aria-live="polite">Step {index + 1} of {steps.length}</p>
      </header>
      <main class="slide">
        <StepView step={step} revealed={revealed} />
      </main>
      <nav class="presenter__controls" aria-label="Presenter controls">
        <button type="button" onClick={() => move('previous')} disabled={index === 0}>Previous</button>
        {step.reveal && (
          <button type="button" aria-controls="reveal" aria-expanded={revealed} onClick={() => move('reveal')}>
            {revealed ? step.reveal.button.replace(/^Reveal/, 'Hide') : step.reveal.button}
          </button>
        )}
        <button type="button" onClick={() => move('next')} disabled={index === last}>Next</button>
        <button type="button" onClick={onExit}>Exit</button>
        <p class="presenter__keys">Keys: → or Space next · ← previous · R reveal · Esc exit</p>
      </nav>
    </div>
  );
}
