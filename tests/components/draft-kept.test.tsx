import { signal } from '@preact/signals';
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { DraftKept } from '../../components/sidebar/DraftKept';
import { RetentionContext } from '../../components/sidebar/retention-context';

// H-24: the clinician is told when an unchanged draft will be purged, and warned near the time.
const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 11, 2, 9);
const clock = () => NOW;

function renderKept(updatedAt: number, hours: number | undefined) {
  return render(
    <RetentionContext.Provider value={signal(hours)}>
      <DraftKept updatedAt={updatedAt} clock={clock} />
    </RetentionContext.Provider>,
  );
}

describe('when the draft will be deleted', () => {
  it('says quietly until when a fresh draft is kept', () => {
    renderKept(NOW, 24);
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByText(/^This draft is kept on this computer until Thursday 3 December at \d\d:00 if left unchanged\.$/)).toBeTruthy();
  });

  it('warns, as a polite status, in the last two hours before the purge', () => {
    renderKept(NOW - 23 * HOUR, 24);
    const alert = screen.getByRole('status');
    expect(alert.textContent).toMatch(/^This draft will be deleted from Wednesday 2 December at \d\d:00 unless it changes\. Put the summary into the record, or copy it, before then\.$/);
  });

  it('says nothing until the retention period is known', () => {
    const { container } = renderKept(NOW - 23 * HOUR, undefined);
    expect(container.textContent).toBe('');
  });
});
