import { fireEvent, render, screen, within } from '@testing-library/preact';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Debrief } from '../../components/debrief/Debrief';
import { newSession, withPrompt } from '../../core/session/session';
import { builtInScenarioPack } from '../../core/training/builtin-scenarios';
import { compareCoverage } from '../../core/training/debrief';
import { loadBuiltInContent } from '../../scripts/content-loader';

const framework = loadBuiltInContent(resolve(import.meta.dirname, '../../content')).framework;
const jordan = builtInScenarioPack.scenarios[0]!;
const NOW = Date.UTC(2026, 10, 25, 12);

function showDebrief() {
  let session = newSession(framework, 'Practice J', 'session-practice-1', NOW, true);
  session = withPrompt(session, 'own-account-in-your-words', { status: 'explored' }, NOW);
  session = withPrompt(session, 'trauma-what-to-know', { status: 'declined' }, NOW);
  session = withPrompt(session, 'faith-importance', { status: 'explored' }, NOW);
  const onPrint = vi.fn();
  render(<Debrief scenario={jordan} session={session} debrief={compareCoverage(jordan, framework, session)} traineeSummary={'TRAINING EXERCISE\nMy own summary'} backHref="demo.html#/person/jordan-mensah-clarke" onPrint={onPrint} />);
  return { onPrint };
}

const listUnder = (heading: string) => within(screen.getByRole('region', { name: heading })).getAllByRole('listitem');

describe('debrief', () => {
  it('lists the learning points explored, raised and declined, and missed, each with what happened in its domain', () => {
    showDebrief();
    expect(screen.getByText('1 of 7 learning points explored; 1 raised, and the person declined.')).toBeTruthy();
    const explored = listUnder('Learning points explored (1)');
    expect(explored.map((li) => li.querySelector('strong')?.textContent)).toEqual(["The person's own account"]);
    expect(explored[0]!.textContent).toMatch(/1 of \d+ explored/);
    const raised = listUnder('Raised; the person declined (1)');
    expect(raised.map((li) => li.querySelector('strong')?.textContent)).toEqual(['Trauma and its effect on care']);
    expect(raised[0]!.textContent).toMatch(/0 of \d+ explored/);
    const missed = listUnder('Learning points missed (5)');
    expect(missed).toHaveLength(5);
    expect(missed.at(-1)!.textContent).toContain('Least-restrictive options');
    expect(missed.at(-1)!.textContent).toContain('Left open');
    expect(missed.at(-1)!.textContent).toContain(jordan.learningPoints.at(-1)!.point);
  });

  it('notes domains explored beyond the scenario, and shows the pitfalls and the model summary', () => {
    showDebrief();
    expect(screen.getByRole('region', { name: 'Also explored' }).textContent).toContain('Faith, spirituality and beliefs about illness');
    expect(listUnder('Common pitfalls to talk through')).toHaveLength(jordan.pitfalls.length);
    expect(screen.getByRole('region', { name: 'Model summary' }).textContent).toContain('Fictional training example.');
    expect(screen.getByRole('region', { name: 'Your summary' }).textContent).toContain('My own summary');
  });

  it('says plainly that it is a training exercise, and prints on request', () => {
    const { onPrint } = showDebrief();
    expect(screen.getByText(/Training exercise: Jordan Mensah-Clarke is a fictional person/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Print the debrief' }));
    expect(onPrint).toHaveBeenCalledOnce();
  });
});
