import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { FeedbackApp } from '../../components/feedback/FeedbackApp';
import { EXAMPLE_LANGUAGE_PACKS } from '../../core/copy/example-packs';
import { feedbackLanguages } from '../../core/copy/feedback-languages';
import urdu from '../../content/language-packs/ur-example.json';

const STATEMENTS = [
  { id: 'listened', text: 'I felt listened to.' },
  { id: 'concern', text: 'I would feel able to raise a concern.' },
];

describe('the feedback page in the person’s language (issue 16)', () => {
  it('offers English first, then each example pack that translates the page and every statement', () => {
    expect(feedbackLanguages(EXAMPLE_LANGUAGE_PACKS, STATEMENTS).map((l) => [l.id, l.lang, l.dir])).toEqual([['en', 'en-GB', 'ltr'], ['ur-example', 'ur', 'rtl'], ['pl-example', 'pl', 'ltr']]);
  });

  it('leaves out a pack that lacks a statement in force, or has no feedback block, so no page is half translated', () => {
    const trust = [...STATEMENTS, { id: 'riverside-heard', text: 'Staff listened to what I had to say.' }];
    expect(feedbackLanguages(EXAMPLE_LANGUAGE_PACKS, trust).map((l) => l.id)).toEqual(['en']);
    const { feedback: _feedback, ...withoutBlock } = urdu;
    expect(feedbackLanguages([withoutBlock], STATEMENTS).map((l) => l.id)).toEqual(['en']);
  });

  it('refuses a pack whose feedback words carry markup or direction overrides', () => {
    const tricked = { ...urdu, feedback: { ...urdu.feedback, statements: { ...urdu.feedback.statements, listened: 'ok \u202e reversed' } } };
    expect(feedbackLanguages([tricked], STATEMENTS).map((l) => l.id)).toEqual(['en']);
  });

  it('switches the whole page, lang and dir included, and sends scores by statement id', async () => {
    const send = vi.fn(async () => true);
    render(<FeedbackApp languages={feedbackLanguages(EXAMPLE_LANGUAGE_PACKS, STATEMENTS)} asked={['ethnicity']} send={send} />);
    expect(screen.getByRole('button', { name: 'Send feedback' })).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'ur-example' } });
    await screen.findByRole('heading', { level: 1, name: urdu.feedback.phrases.heading });
    expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['ur', 'rtl']);
    expect(screen.getByText('Example translation, not checked by a clinical reviewer.')).toBeTruthy();
    const listened = screen.getByRole('group', { name: urdu.feedback.statements.listened });
    fireEvent.click(within(listened).getByRole('radio', { name: urdu.feedback.phrases.agree }));
    // The NHS equality categories stay in English, marked so.
    expect(screen.getByRole('combobox', { name: 'Ethnic group' }).closest('[lang]')?.getAttribute('lang')).toBe('en-GB');
    fireEvent.click(screen.getByRole('button', { name: urdu.feedback.phrases.send }));
    await screen.findByRole('heading', { name: urdu.feedback.phrases.thanksHeading });
    expect(send).toHaveBeenCalledWith({ carer: false, scores: { listened: 4 }, equality: {} });
  });
});
