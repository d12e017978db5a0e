import { signal } from '@preact/signals';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ServicesForDomain } from '../../components/sidebar/services/ServicesForDomain';
import { ServicesList } from '../../components/sidebar/services/ServicesList';
import { ServicesContext } from '../../components/sidebar/services/services-context';
import { builtInContent } from '../fixtures/packs/corpus';

function renderWithServices(children: preact.ComponentChildren) {
  render(<ServicesContext.Provider value={signal(builtInContent().services)}>{children}</ServicesContext.Provider>);
}
const names = () => within(screen.getByRole('list')).getAllByRole('listitem').map((li) => li.querySelector('strong')!.textContent);

describe('the services directory in the sidebar', () => {
  it('lists every service until a filter is chosen', () => {
    renderWithServices(<ServicesList />);
    expect(screen.getByRole('status').textContent).toBe(`${builtInContent().services.length} of ${builtInContent().services.length} services`);
  });

  it('filters by kind, then narrows by language', () => {
    renderWithServices(<ServicesList />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Kind of service' }), { target: { value: 'interpreting' } });
    expect(names()).toEqual(['Riverside Interpreting Line (fictional)', 'Deaf Access BSL Interpreters (fictional)']);
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

describe('services under a domain’s prompts', () => {
  it('shows interpreting services under the language domain', () => {
    renderWithServices(<ServicesForDomain domainId="language" />);
    expect(screen.getByText('Local services that can help (2)')).toBeTruthy();
    expect(names()).toEqual(['Riverside Interpreting Line (fictional)', 'Deaf Access BSL Interpreters (fictional)']);
  });

  it('shows nothing under a domain no service kind helps with', () => {
    renderWithServices(<ServicesForDomain domainId="trauma" />);
    expect(screen.queryByText(/Local services/)).toBeNull();
  });
});
