// @vitest-environment jsdom
// jsdom: opening a section renders Markdown through DOMPurify, which is unreliable under happy-dom.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { renderSidebar } from './render-sidebar';

const search = () => screen.getByRole('searchbox', { name: 'Search guidance' });

describe('guidance search in the sidebar', () => {
  it('finds a section as you type, with a typo, and marks the matched words', async () => {
    await renderSidebar();
    fireEvent.input(search(), { target: { value: 'intepreter' } });
    const result = await screen.findByRole('button', { name: /Working with interpreters/ });
    expect(within(result).getAllByText(/interpreters?/i, { selector: 'mark' }).length).toBeGreaterThan(0);
    expect(screen.getByText('1 result').getAttribute('role')).toBe('status');
  });

  it('filters results by domain', async () => {
    await renderSidebar();
    fireEvent.input(search(), { target: { value: 'what to ask' } });
    await screen.findByText('2 results');
    fireEvent.change(screen.getByRole('combobox', { name: 'Filter by domain' }), { target: { value: 'faith' } });
    expect(await screen.findByText('1 result')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Faith and spirituality/ })).toBeTruthy();
  });

  it('opens a section in place and goes back to where the clinician was', async () => {
    await renderSidebar();
    fireEvent.input(search(), { target: { value: 'faith' } });
    fireEvent.click(await screen.findByRole('button', { name: /Faith and spirituality in care/ }));
    const heading = await screen.findByRole('heading', { name: 'Faith and spirituality in care' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText('What part does faith play in your life?', { selector: 'li' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back to where you were' }));
    await waitFor(() => expect(document.activeElement?.id).toBe('result-faith-spirituality-in-care'));
  });

  it('follows a prompt’s guidance link and returns to the prompt', async () => {
    await renderSidebar();
    const details = screen.getAllByText('Why it matters and other ways to ask')[1]!.closest('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const link = await within(details).findByRole('button', { name: 'Working with interpreters' });
    fireEvent.click(link);
    await screen.findByRole('heading', { name: 'Working with interpreters' });
    fireEvent.keyDown(screen.getByRole('button', { name: 'Back to where you were' }), { key: 'Escape' });
    await waitFor(() => expect(document.activeElement?.id).toBe('link-language-preferred-language-working-with-interpreters'));
  });

  it('focuses the search box with / and clears it with Escape', async () => {
    await renderSidebar();
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(search());
    fireEvent.input(search(), { target: { value: 'faith' } });
    fireEvent.keyDown(search(), { key: 'Escape' });
    expect((search() as HTMLInputElement).value).toBe('');
  });
});
