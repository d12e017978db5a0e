import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHideModel } from '../../core/models/hide-model';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('hide and the idle lock (issue 13)', () => {
  it('hides by itself after 10 minutes without input, and input starts the clock again', () => {
    const hide = createHideModel();
    vi.advanceTimersByTime(9 * 60_000);
    hide.activity();
    vi.advanceTimersByTime(9 * 60_000);
    expect(hide.hidden.value).toBe(false);
    vi.advanceTimersByTime(60_000);
    expect(hide.hidden.value).toBe(true);
    hide.stop();
  });

  it('takes the period from policy, and stays hidden through input until the clinician shows it again', () => {
    const hide = createHideModel();
    hide.setLockAfter(2);
    vi.advanceTimersByTime(2 * 60_000);
    expect(hide.hidden.value).toBe(true);
    hide.activity();
    expect(hide.hidden.value).toBe(true);
    hide.show();
    expect(hide.hidden.value).toBe(false);
    hide.stop();
  });
});
