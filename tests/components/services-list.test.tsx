import { signal } from '@preact/signals';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ServiceCard } from '../../components/sidebar/services/ServiceCard';
import { ServicesForDomain } from '../../components/sidebar/services/ServicesForDomain';
import { ServicesList } from '../../components/sidebar/services/ServicesList';
import { ServicesContext } from '../../components/sidebar/services/services-context';
import { builtInContent } from '../fixtures/packs/corpus';

function renderWithServices(children: preact.ComponentChildren) {
  render(<ServicesContext.Provider value={signal(builtInContent().services)}>{children}</ServicesContext.Provider>);
}
const names = () => [...document.querySelectorAll('.service__name')].map((p) => p.textContent);

describe('the services directory in the sidebar', () => {
  it('lists every service until a filter is chosen', () => {
    renderWithServices(<ServicesList />);
    expect(screen.getByRole('status').textContent).toBe(`${builtInContent().services.length} of ${builtInContent().services.length} services`);
  });

  it('filters by kind, then narrows by language', () => {
    renderWithServices(<ServicesList />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Kind of service' }), { target: { value: 'interpreting' } });
    expect(names()).toEqual(['Riverside Interpreting Line (fictional)', 'Deaf Access BSL Interpreters (fictional)', 'Northgate Dari and Pashto Interpreters (fictional)']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Language offered' }), { target: { value: 'British Sign Language' } });
    expect(names()).toEqual(['Deaf Access BSL Interpreters (fictional)']);
  });

  it('filters by faith and area, and searches the words typed', () => {
    renderWithServices(<ServicesList />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Faith served' }), { target: { value: 'Muslim' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Area covered' }), { target: { value: 'Example Borough (fictional)' } });
    expect(names()).toEqual(['Green Lane Mosque Wellbeing Group (fictional)']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Faith served' }), { target: { value: '' } });
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search services' }), { target: { value: 'crisis midnight' } });
    expect(names()).toEqual(['Evening Crisis Café (fictional)']);
    expect(screen.getByRole('status').textContent).toMatch(/^1 of /);
  });

  it('shows a website only as an https link that opens in a new tab', () => {
    renderWithServices(<ServicesList />);
    for (const link of screen.getAllByRole('link', { name: 'Website' })) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });
});

describe('real and invented entries (issue 15)', () => {
  it('marks every invented entry, and no real one, “Example service, not real”', () => {
    renderWithServices(<ServicesList />);
    for (const card of document.querySelectorAll('.service')) {
      const example = builtInContent().services.find((s) => card.querySelector('.service__name')!.textContent === s.name)!.example;
      expect(card.textContent!.includes('Example service, not real'), card.textContent!).toBe(Boolean(example));
    }
  });

  it('shows each national route’s sources as https links with the date they were checked', () => {
    renderWithServices(<ServicesList />);
    const samaritans = screen.getByText('Samaritans', { selector: '.service__name strong' }).closest('li')!;
    expect(within(samaritans).getByText('Sources for Samaritans')).toBeTruthy();
    const link = within(samaritans).getByRole('link', { name: /Contact Samaritans/ });
    expect(link.getAttribute('href')).toBe('https://www.samaritans.org/how-we-can-help/contact-samaritan/');
    expect(link.parentElement!.textContent).toContain('checked 2 December 2026');
    const shout = screen.getByText('Shout 85258', { selector: '.service__name strong' }).closest('li')!;
    expect(shout.textContent).toContain('Text 85258');
  });

  it('says a real entry is due for a check once its details have not been checked for three months', () => {
    const samaritans = builtInContent().services.find((s) => s.id === 'samaritans')!;
    render(<ul><ServiceCard service={samaritans} today="2027-03-04" /></ul>);
    expect(screen.getByRole('note').textContent).toMatch(/^Due for a check: these details were due to be checked again on 4 March 2027\./);
    cleanup();
    render(<ul><ServiceCard service={samaritans} today="2027-03-03" /></ul>);
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('offers only real entries for a real person’s copy, and examples too in training', () => {
    renderWithServices(<ServicesList chosen={[]} onChoose={() => undefined} />);
    const real = builtInContent().services.filter((s) => !s.example).length;
    expect(screen.getAllByRole('checkbox', { name: 'Add to the person’s copy' })).toHaveLength(real);
    cleanup();
    renderWithServices(<ServicesList chosen={[]} onChoose={() => undefined} training />);
    expect(screen.getAllByRole('checkbox', { name: 'Add to the person’s copy' })).toHaveLength(builtInContent().services.length);
  });
});

describe('services under a domain’s prompts', () => {
  it('shows interpreting services under the language domain', () => {
    renderWithServices(<ServicesForDomain domainId="language" />);
    expect(screen.getByText('Local services that can help (3)')).toBeTruthy();
    expect(names()).toEqual(['Riverside Interpreting Line (fictional)', 'Deaf Access BSL Interpreters (fictional)', 'Northgate Dari and Pashto Interpreters (fictional)']);
  });

  it('shows nothing under a domain no service kind helps with', () => {
    renderWithServices(<ServicesForDomain domainId="trauma" />);
    expect(screen.queryByText(/Local services/)).toBeNull();
  });
});
