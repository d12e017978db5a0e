import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SitesSection } from '../../components/options/sites/SitesSection';
import { loadUserSites, userSitesItem } from '../../core/sites/user-sites-item';
import { clearTrustedStore } from '../../core/storage/trusted-store';
import { fakeSiteBrowser } from '../fixtures/policy/fake-site-browser';

const BUILT_IN = 'http://127.0.0.1/*';
const POLICY = 'https://rio.example.nhs.uk/*';

const row = (pattern: string) => screen.getByText(pattern).closest('li')!;
const field = () => screen.getByRole('textbox', { name: 'Site address or match pattern' });

/** Sites of a clinician's own are off by default (issue 17): these tests are about adding them. */
const allowUserSites = () => fakeBrowser.storage.managed.set({ allowUserSites: true });

/** Synchronous on purpose: whatever is asked of the browser is asked within the click. */
function addSite(input: string) {
  fireEvent.input(field(), { target: { value: input } });
  fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
}

describe('the sites section of the options page', () => {
  beforeEach(() => clearTrustedStore());
  // Unmount first: the section stops listening through the stubbed permission events.
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('adds an address as its whole site, asking for the permission from the click itself', async () => {
    const browser = fakeSiteBrowser({ builtIn: [BUILT_IN] });
    await allowUserSites();
    render(<SitesSection />);
    await screen.findByText(BUILT_IN);
    addSite('https://ehr.example.nhs.uk/patients/123');
    // Chrome only prompts for a request made before the click handler awaits anything.
    expect(browser.request).toHaveBeenCalledWith({ origins: ['https://ehr.example.nhs.uk/*'] });
    expect(await screen.findByText(/Added https:\/\/ehr.example.nhs.uk\/\*/)).toBeTruthy();
    expect(within(row('https://ehr.example.nhs.uk/*')).getByText('Added by you')).toBeTruthy();
    expect(await loadUserSites()).toEqual(['https://ehr.example.nhs.uk/*']);
    expect((field() as HTMLInputElement).value).toBe('');
  });

  it('refuses an invalid pattern with the parser’s reason and asks for nothing', async () => {
    const browser = fakeSiteBrowser();
    await allowUserSites();
    render(<SitesSection />);
    await screen.findByRole('button', { name: 'Add site' });
    addSite('https://ehr.example.nhs.uk:8443/*');
    expect((await screen.findByRole('status')).textContent).toBe('“https://ehr.example.nhs.uk:8443/*” has a port; match patterns cover every port of a host, so leave it out.');
    expect(browser.request).not.toHaveBeenCalled();
    expect((field() as HTMLInputElement).value).toBe('https://ehr.example.nhs.uk:8443/*');
  });

  it('completes a bare host name to its https site and adds it only once confirmed', async () => {
    const browser = fakeSiteBrowser();
    await allowUserSites();
    render(<SitesSection />);
    await screen.findByRole('button', { name: 'Add site' });
    addSite('rio.example.nhs.uk');
    expect((await screen.findByRole('status')).textContent).toBe(
      '“rio.example.nhs.uk” has no https:// in front. Did you mean the whole site https://rio.example.nhs.uk/*? Choose “Add https://rio.example.nhs.uk/*” to add it.',
    );
    expect(browser.request).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Add https://rio.example.nhs.uk/*' }));
    expect(browser.request).toHaveBeenCalledWith({ origins: ['https://rio.example.nhs.uk/*'] });
    expect(await screen.findByText(/Added https:\/\/rio.example.nhs.uk\/\*/)).toBeTruthy();
    expect(await loadUserSites()).toEqual(['https://rio.example.nhs.uk/*']);
    expect(screen.queryByRole('button', { name: 'Add https://rio.example.nhs.uk/*' })).toBeNull();
  });

  it('says plainly when the permission is refused, and stores nothing', async () => {
    fakeSiteBrowser({ answer: false });
    await allowUserSites();
    render(<SitesSection />);
    await screen.findByRole('button', { name: 'Add site' });
    addSite('https://ehr.example.nhs.uk/*');
    expect(await screen.findByText('Coplan was not given permission to run on https://ehr.example.nhs.uk/*, so the site was not added.')).toBeTruthy();
    expect(await loadUserSites()).toEqual([]);
    expect(screen.queryByText('Added by you')).toBeNull();
  });

  it('removes an added site together with its host permission', async () => {
    const mine = 'https://records.example.org/*';
    const browser = fakeSiteBrowser({ granted: [mine] });
    await allowUserSites();
    await userSitesItem.setValue([mine]);
    render(<SitesSection />);
    fireEvent.click(await screen.findByRole('button', { name: `Remove ${mine}` }));
    expect(await screen.findByText(`Removed ${mine}. Coplan no longer runs there.`)).toBeTruthy();
    expect(browser.remove).toHaveBeenCalledWith({ origins: [mine] });
    expect(await loadUserSites()).toEqual([]);
    expect(screen.queryByText(mine)).toBeNull();
  });

  it('shows built-in and policy sites as locked, with no way to remove them', async () => {
    fakeSiteBrowser({ builtIn: [BUILT_IN], granted: [POLICY] });
    await fakeBrowser.storage.managed.set({ sites: [POLICY] });
    render(<SitesSection />);
    await screen.findByText(POLICY);
    expect(within(row(POLICY)).getByText('Set by your organisation')).toBeTruthy();
    expect(within(row(POLICY)).getByText('Locked')).toBeTruthy();
    expect(within(row(BUILT_IN)).getByText('Built in')).toBeTruthy();
    expect(within(row(BUILT_IN)).getByText('Locked')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull();
  });

  it('offers to allow a policy site the browser has not granted yet', async () => {
    const browser = fakeSiteBrowser();
    await fakeBrowser.storage.managed.set({ sites: [POLICY] });
    render(<SitesSection />);
    fireEvent.click(await screen.findByRole('button', { name: `Allow Coplan on ${POLICY}` }));
    expect(browser.request).toHaveBeenCalledWith({ origins: [POLICY] });
    expect(await screen.findByText(`Coplan can now run on ${POLICY}.`)).toBeTruthy();
    expect(screen.queryByRole('button', { name: `Allow Coplan on ${POLICY}` })).toBeNull();
  });

  it('hides "Add site" unless policy allows added sites, and says why', async () => {
    fakeSiteBrowser({ granted: [POLICY] });
    await fakeBrowser.storage.managed.set({ sites: [POLICY] });
    render(<SitesSection />);
    expect(await screen.findByText(/Your organisation manages the sites Coplan runs on/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add site' })).toBeNull();
  });

  it('follows a policy change made while the page is open', async () => {
    fakeSiteBrowser({ granted: [POLICY] });
    await allowUserSites();
    render(<SitesSection />);
    await screen.findByRole('button', { name: 'Add site' });
    await fakeBrowser.storage.managed.set({ sites: [POLICY], allowUserSites: true });
    await waitFor(() => expect(within(row(POLICY)).getByText('Locked')).toBeTruthy());
  });
});
