import { fireEvent, render, screen } from '@testing-library/preact';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Presenter } from '../../components/presenter/Presenter';
import { builtInScenarioPack } from '../../core/training/builtin-scenarios';
import { presenterSteps } from '../../core/training/presenter-steps';
import { loadBuiltInContent } from '../../scripts/content-loader';

const framework = loadBuiltInContent(resolve(import.meta.dirname, '../../content')).framework;
const jordan = builtInScenarioPack.scenarios[0]!;
const steps = presenterSteps(jordan, framework);

function present() {
  const onExit = vi.fn();
  render(<Presenter scenarioTitle={jordan.title} steps={steps} onExit={onExit} />);
  const press = (key: string, init: KeyboardEventInit = {}) => fireEvent.keyDown(document.activeElement ?? document.body, { key, ...init });
  const counter = () => screen.getByText(/^Step \d+ of \d+$/).textContent;
  const title = () => screen.getByRole('heading', { level: 1 }).textContent;
  return { onExit, press, counter, title };
}

describe('presenter view keyboard', () => {
  it('moves on with ArrowRight, Space and PageDown, and back with ArrowLeft and PageUp', () => {
    const { press, counter, title } = present();
    expect(counter()).toBe(`Step 1 of ${steps.length}`);
    expect(title()).toBe('Jordan Mensah-Clarke, 25 (he/him)');
    press('ArrowRight');
    expect(counter()).toBe(`Step 2 of ${steps.length}`);
    expect(title()).toBe("The person's own account");
    press(' ');
    press('PageDown');
    expect(counter()).toBe(`Step 4 of ${steps.length}`);
    press('ArrowLeft');
    press('PageUp');
    expect(counter()).toBe(`Step 2 of ${steps.length}`);
  });

  it('reveals the model phrasing with R, and hides it again on the next step', () => {
    const { press } = present();
    press('ArrowRight');
    const phrasing = jordan.suggestedPhrasings[0]!.text;
    expect(screen.getByText(phrasing).closest('[hidden]')).not.toBeNull();
    press('r');
    expect(screen.getByText(phrasing).closest('[hidden]')).toBeNull();
    expect(screen.getByRole('button', { name: 'Hide model phrasing' }).getAttribute('aria-expanded')).toBe('true');
    press('ArrowRight');
    press('ArrowLeft');
    expect(screen.getByText(phrasing).closest('[hidden]')).not.toBeNull();
  });

  it('stays within the first and last steps', () => {
    const { press, counter } = present();
    press('ArrowLeft');
    expect(counter()).toBe(`Step 1 of ${steps.length}`);
    for (let i = 0; i < steps.length + 3; i++) press('ArrowRight');
    expect(counter()).toBe(`Step ${steps.length} of ${steps.length}`);
    expect(screen.getByRole('button', { name: 'Next' })).toHaveProperty('disabled', true);
  });

  it('exits with Escape', () => {
    const { press, onExit } = present();
    press('Escape');
    expect(onExit).toHaveBeenCalledOnce();
  });

  it('leaves browser shortcuts alone, and lets Space press a focused button instead of moving on', () => {
    const { press, counter } = present();
    press('ArrowRight', { ctrlKey: true });
    press('r', { metaKey: true });
    expect(counter()).toBe(`Step 1 of ${steps.length}`);
    screen.getByRole('button', { name: 'Exit' }).focus();
    press(' ');
    expect(counter()).toBe(`Step 1 of ${steps.length}`);
  });

  it('works by mouse with the same buttons', () => {
    const { counter } = present();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reveal model phrasing' }));
    expect(screen.getByText(jordan.learningPoints[0]!.point).closest('[hidden]')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Previous' }));
    expect(counter()).toBe(`Step 1 of ${steps.length}`);
  });
});
