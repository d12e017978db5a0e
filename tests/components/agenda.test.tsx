import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { Framework } from '../../core/framework/schema';
import { fakeConnection } from '../fixtures/fake-connection';
import { smallFramework } from '../fixtures/small-framework';
import { renderSidebar } from './render-sidebar';

// Issue 14, part 1: the agenda is the person's. They choose the areas for today; the others stay
// in the sidebar, folded away; a first contact can take the short path of core prompts.

/** The small framework with a second faith prompt, and a short path of one faith and one language prompt. */
const framework: Framework = {
  ...smallFramework,
  domains: smallFramework.domains.map((d) =>
    d.id === 'faith'
      ? { ...d, prompts: [...d.prompts, { ...d.prompts[0]!, id: 'faith-in-care', question: 'What would you need from us so that your beliefs are respected?' }] }
      : d,
  ),
  firstContact: ['faith-importance', 'language-preferred'],
};

const region = (name: RegExp) => screen.getByRole('region', { name });
const otherAreas = () => screen.getByText(/^Other areas, not on today’s agenda/).closest('details')!;

describe('choosing today’s agenda', () => {
  it('shows every area until the person chooses, then the chosen ones first and the rest folded away', async () => {
    const { model } = await renderSidebar(fakeConnection([]).connection, {}, [], framework);
    expect(screen.getByText(/not chosen yet, so every area is shown/)).toBeTruthy();
    expect(screen.queryByText(/^Other areas/)).toBeNull();
    await screen.findByRole('region', { name: /^Language/ });

    fireEvent.click(screen.getByRole('button', { name: 'Choose areas with the person' }));
    fireEvent.click(within(screen.getByRole('group', { name: 'Areas the person chose' })).getByRole('checkbox', { name: 'Language' }));
    fireEvent.click(screen.getByRole('button', { name: 'Talk about these areas' }));

    await waitFor(() => expect(model.session.value?.agenda).toEqual({ path: 'chosen', domains: ['language'] }));
    expect(screen.getByText(/1 area the person chose/)).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Areas the person chose' })).toBeNull();
    await waitFor(() => expect(within(otherAreas()).getByRole('region', { name: /^Faith and beliefs/ })).toBeTruthy());
    expect(otherAreas().open).toBe(false);
    expect(otherAreas().contains(region(/^Language/))).toBe(false);
    // Out of the way, still usable: the person may bring faith up after all.
    fireEvent.click(within(region(/^Faith and beliefs/)).getAllByRole('radio', { name: 'Explored' })[0]!);
    await waitFor(() => expect(model.session.value?.prompts['faith-importance']?.status).toBe('explored'));
  });

  it('asks for at least one area rather than choosing an empty agenda', async () => {
    const { model } = await renderSidebar(fakeConnection([]).connection, {}, [], framework);
    fireEvent.click(screen.getByRole('button', { name: 'Choose areas with the person' }));
    fireEvent.click(screen.getByRole('button', { name: 'Talk about these areas' }));
    expect(screen.getByRole('alert').textContent).toBe('Tick at least one area, or choose another way below.');
    expect(model.session.value).toBeUndefined();
  });

  it('takes a first contact through the core prompts, with the rest of each area below', async () => {
    const { model } = await renderSidebar(fakeConnection([]).connection, {}, [], framework);
    fireEvent.click(screen.getByRole('button', { name: 'First contact: core prompts only' }));
    await waitFor(() => expect(model.session.value?.agenda?.path).toBe('first-contact'));
    expect(screen.getByText(/short path for a first contact \(2 core prompts\)/)).toBeTruthy();
    const faithToday = screen.getAllByRole('region', { name: /^Faith and beliefs/ }).find((r) => !otherAreas().contains(r))!;
    expect(within(faithToday).queryByText('What would you need from us so that your beliefs are respected?')).toBeNull();
    await waitFor(() => expect(within(otherAreas()).getByText('What would you need from us so that your beliefs are respected?')).toBeTruthy());
    // Each heading keeps an id of its own, so links and labels still point at one place.
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('lets the agenda be changed later, starting from what was chosen', async () => {
    const { model } = await renderSidebar(fakeConnection([]).connection, {}, [], framework);
    fireEvent.click(screen.getByRole('button', { name: 'Choose areas with the person' }));
    fireEvent.click(screen.getByRole('button', { name: 'All areas' }));
    await waitFor(() => expect(screen.getByText(/all areas, in the usual order/)).toBeTruthy());
    expect(screen.queryByText(/^Other areas/)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Change today’s agenda' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Faith and beliefs' }));
    fireEvent.click(screen.getByRole('button', { name: 'Talk about these areas' }));
    await waitFor(() => expect(model.session.value?.agenda).toEqual({ path: 'chosen', domains: ['faith'] }));
    fireEvent.click(screen.getByRole('button', { name: 'Change today’s agenda' }));
    expect((screen.getByRole('checkbox', { name: 'Faith and beliefs' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText(/1 area the person chose/)).toBeTruthy();
  });
});
