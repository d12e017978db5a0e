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
  render(<Debrief scenario={jordan} session={session} debrief={compareCoverage(jordan, framework, session)} backHref="demo.html#/person/jordan-mensah-clarke" onPrint={onPrint} />);
  return { onPrint };
}

const listUnder = (heading: string) => within(screen.getByRole('region', { name: heading })).getAllByRole('listitem');

describe('debrief', () => {
  it('lists the learning points hit and missed, each with what happened in its domain', () => {
    showDebrief();
    expect(screen.getByText('2 of 7 learning points hit.')).toBeTruthy();
    const hit = listUnder('Learning points hit (2)');
    expect(hit.map((li) => li.querySelector('strong')?.textContent)).toEqual(["The person's own account", 'Trauma and its effect on care']);
    expect(hit[1]!.textContent).toContain('Raised; the person declined');
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
    expect(screen.getByRole('region', { name: 'Model summary, to compare with yours' }).textContent).toContain('Fictional training example.');
  });

  it('says plainly that it is a training exercise, and prints on request', () => {
    const { onPrint } = showDebrief();
    expect(screen.getByText(/Training exercise: Jordan Mensah-Clarke is a fictional person/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Print the debrief' }));
    expect(onPrint).toHaveBeenCalledOnce();
  });
});
