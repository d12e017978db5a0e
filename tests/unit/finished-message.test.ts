import { describe, expect, it } from 'vitest';
import { finishedMessage } from '../../core/session/finished';

const AT = new Date('2026-12-02T14:05:00').getTime();

describe('the finishing message (issue 18)', () => {
  it('names the time and the field the summary went into', () => {
    expect(finishedMessage(AT, ['Care plan'])).toBe("Finished at 14:05; inserted into 'Care plan'.");
  });

  it('names every field when the parts went into fields of their own', () => {
    expect(finishedMessage(AT, ['Care plan', 'Crisis plan', 'Actions'])).toBe("Finished at 14:05; inserted into 'Care plan', 'Crisis plan' and 'Actions'.");
  });

  it('says plainly when nothing went into the record', () => {
    expect(finishedMessage(AT, undefined)).toBe('Finished at 14:05; nothing was inserted into the record.');
    expect(finishedMessage(AT, [])).toBe('Finished at 14:05; nothing was inserted into the record.');
  });
});
