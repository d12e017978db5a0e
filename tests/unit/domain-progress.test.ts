import { describe, expect, it } from 'vitest';
import type { Domain } from '../../core/framework/schema';
import { domainProgressText } from '../../core/session/progress';
import { STATUS_LABELS } from '../../core/session/statuses';

const prompt = (id: string) => ({ id, question: id, why: 'Why.', phrasings: ['a', 'b'], record: 'What.', guidance: ['g'] });
const domain: Domain = { id: 'faith', title: 'Faith', summary: 'Beliefs.', prompts: ['a', 'b', 'c', 'd', 'e'].map(prompt) };

describe('a domain’s progress (issue #18)', () => {
  it('says how many prompts were explored, so one of five does not read as "Explored"', () => {
    expect(domainProgressText(domain, undefined, STATUS_LABELS)).toBe('0 of 5 explored');
    expect(domainProgressText(domain, { a: { status: 'explored', note: '' } }, STATUS_LABELS)).toBe('1 of 5 explored');
    expect(domainProgressText(domain, { a: { status: 'explored', note: '' }, b: { status: 'explored', note: '' }, c: { status: 'declined', note: '' } }, STATUS_LABELS)).toBe('2 of 5 explored');
  });

  it('names the state when nothing was explored but prompts were marked otherwise', () => {
    expect(domainProgressText(domain, { a: { status: 'declined', note: '' } }, STATUS_LABELS)).toBe('Declined');
  });
});
