import type { Frame, Page } from 'playwright-core';

/** Steps a clinician takes in the sidebar, written once for every end-to-end test. */
export function sidebarSteps(sidebar: Frame) {
  const statusGroup = (index: number) => sidebar.getByRole('group', { name: /^Status:/ }).nth(index);
  return {
    /** Starts a new session, leaving whichever one the sidebar resumed. */
    async start(label: string) {
      const leave = sidebar.getByRole('button', { name: 'All sessions' });
      const begin = sidebar.getByRole('button', { name: 'Start a new session' });
      // Wait until the sidebar has settled on a resumed session or today's list: read at once, a
      // session still being resumed looked like the list (issue 19).
      await leave.or(begin).first().waitFor();
      if (await leave.isVisible()) await leave.click();
      await sidebar.getByRole('textbox', { name: 'Session label' }).fill(label);
      await begin.click();
      await sidebar.getByText(`Session: ${label}`).waitFor();
    },
    /** Marks the first prompt of the given domain headings with a status. */
    async mark(domainTitle: string, status: string) {
      const domain = sidebar.getByRole('region', { name: new RegExp(`^${domainTitle}`) });
      await domain.getByRole('radio', { name: status }).first().check();
    },
    statusGroup,
    /** Whether the first prompt of the domain has the status. */
    async statusIn(domainTitle: string, status: string) {
      return sidebar.getByRole('region', { name: new RegExp(`^${domainTitle}`) }).getByRole('radio', { name: status }).first().isChecked();
    },
    async fillRecord() {
      await sidebar.getByRole('textbox', { name: 'In their own words' }).fill('I want to stay near my family — أريد البقاء 🙂');
      await sidebar.getByRole('button', { name: 'Add an action' }).click();
      await sidebar.getByRole('textbox', { name: 'What (action 1)' }).fill('Home treatment team visit');
      await sidebar.getByRole('textbox', { name: 'Who (action 1)' }).fill('Care coordinator');
      await sidebar.getByRole('combobox', { name: 'Home treatment' }).selectOption({ label: 'Preferred' });
      await sidebar.getByRole('textbox', { name: 'Reason (Home treatment)' }).fill('Family can support at home');
    },
    async insertInto(fieldLabel: string | RegExp) {
      const picker = sidebar.getByRole('combobox', { name: 'EHR field' });
      await sidebar.getByRole('button', { name: 'Find fields again' }).click();
      const option = picker.getByRole('option', { name: fieldLabel });
      await option.waitFor({ state: 'attached' });
      await picker.selectOption({ label: (await option.textContent())! });
      await sidebar.getByRole('button', { name: 'Insert into EHR' }).click();
      // Named for this field: an earlier insert's message must not count as this one's.
      await sidebar.getByText(insertedInto(fieldLabel)).waitFor();
    },
  };
}

/** The success message for an insert into the named field. */
export function insertedInto(fieldLabel: string | RegExp): RegExp {
  // The list names a field inside a frame "Label (frame: name)"; the message names the field's label alone.
  const label = typeof fieldLabel === 'string' ? fieldLabel.replace(/ \(frame: [^)]*\)$/, '') : undefined;
  const name = label !== undefined ? label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : `[^']*(?:${(fieldLabel as RegExp).source})[^']*`;
  return new RegExp(`^Inserted the summary into '${name}'`);
}

/** Presses Tab until the focused element (in any frame) has the wanted accessible name. */
export async function tabTo(page: Page, frame: Frame, name: string | RegExp, limit = 400): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await frame.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return '';
      const labelled =
        el.getAttribute('aria-label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ?? el.closest('label')?.textContent;
      return (labelled ?? el.textContent ?? '').trim();
    });
    if (typeof name === 'string' ? focused === name : name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}

/** Everything in the sidebar's DOM: its markup and what every field holds (where a person's words would show). */
export const everything = (sidebar: Frame) =>
  sidebar.evaluate(() => document.documentElement.outerHTML + [...document.querySelectorAll('textarea, input')].map((el) => (el as HTMLInputElement).value).join('\n'));
