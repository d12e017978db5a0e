import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { App } from '../../components/sidebar/App';
import { SAFEGUARDING_SECTION_ID } from '../../core/guidance/safeguarding';
import type { GuidanceSection } from '../../core/guidance/schema';
import { libraryOf } from '../../core/guidance/library';
import { createGuidanceModel, type GuidanceLibrary } from '../../core/models/guidance-model';
import { createSessionModel } from '../../core/models/session-model';
import { memoryStore } from '../../core/session/store';
import { fakeConnection } from '../fixtures/fake-connection';
import { smallFramework } from '../fixtures/small-framework';
import { smallGuidance } from '../fixtures/small-guidance';

// Issue 15, H-23: a route from the sidebar to the trust's safeguarding and risk procedures.
const procedure = (body: string): GuidanceSection => ({
  id: SAFEGUARDING_SECTION_ID,
  title: 'When the person discloses risk or abuse',
  summary: 'What to do when a person discloses risk or abuse during the conversation.',
  tags: ['safeguarding'],
  domains: [smallFramework.domains[0]!.id],
  body,
  references: [{ title: 'Care Act 2014, section 42', publisher: 'legislation.gov.uk', year: 2014, url: 'https://www.legislation.gov.uk/ukpga/2014/23/section/42' }],
  reviewed: '2026-12-02',
});

async function renderWith(section: GuidanceSection, sources?: GuidanceLibrary['sources']) {
  const connection = fakeConnection([]).connection;
  const model = createSessionModel({ store: memoryStore([]), framework: smallFramework });
  const all = [...smallGuidance, section];
  const guidance = createGuidanceModel(async () => libraryOf(all, undefined, sources));
  await model.load(await connection.context());
  render(<App framework={smallFramework} model={model} guidance={guidance} connection={connection} />);
  await screen.findByRole('heading', { name: 'Co-production record' });
}

describe('the sidebar’s safeguarding route', () => {
  it('opens the safeguarding procedure from the jump bar, says Coplan is not a risk tool, and returns focus on Back', async () => {
    await renderWith(procedure('## Steps\n\nRing the safeguarding hub.'));
    const route = screen.getByRole('button', { name: 'Safeguarding or risk concern' });
    expect(route.closest('nav')?.getAttribute('aria-label')).toBe('Jump to');
    fireEvent.click(route);
    const heading = await screen.findByRole('heading', { level: 2, name: 'When the person discloses risk or abuse' });
    const notice = screen.getByRole('note', { name: 'Safeguarding and risk' });
    expect(notice.textContent).toContain('Coplan is not a risk assessment.');
    expect(notice.textContent).toContain('Your trust has not put its own safeguarding procedure into Coplan');
    await waitFor(() => expect(document.activeElement).toBe(heading));
    fireEvent.click(screen.getByRole('button', { name: 'Back to where you were' }));
    await waitFor(() => expect(document.activeElement).toBe(route));
  });

  it('shows the trust’s own procedure when its pack replaces the section, without the general-steps warning', async () => {
    await renderWith(procedure('## Our procedure\n\nRing the Riverside safeguarding hub on 0000 000 0999.'), new Map([[SAFEGUARDING_SECTION_ID, { packName: 'Riverside Trust', replacesBuiltIn: true }]]));
    fireEvent.click(screen.getByRole('button', { name: 'Safeguarding or risk concern' }));
    await screen.findByText('Ring the Riverside safeguarding hub on 0000 000 0999.');
    expect(screen.getByText('From the pack “Riverside Trust”, in place of the built-in section.')).toBeTruthy();
    const notice = screen.getByRole('note', { name: 'Safeguarding and risk' });
    expect(notice.textContent).toContain('Coplan is not a risk assessment.');
    expect(notice.textContent).not.toContain('has not put its own safeguarding procedure');
  });
});
