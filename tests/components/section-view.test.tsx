// @vitest-environment jsdom
// jsdom because the body goes through DOMPurify, which happy-dom breaks (see render.test.ts).
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { GuidanceSection } from '../../core/guidance/schema';
import { SectionView } from '../../components/sidebar/guidance/SectionView';

const section: GuidanceSection = {
  id: 'working-with-interpreters',
  title: 'Working with interpreters',
  summary: 'How to book and work with a professional interpreter.',
  tags: ['interpreter'],
  domains: ['language'],
  body: '## Before the meeting\n\nBrief the interpreter **first**. See [NHS England](https://www.england.nhs.uk/).\n\n<script>alert(1)</script>',
  references: [
    { title: 'Guidance for commissioners: Interpreting', publisher: 'NHS England', year: 2018, url: 'https://www.england.nhs.uk/interpreting/' },
    { title: 'Code of Practice', publisher: 'Department of Health', year: 2015 },
  ],
  reviewed: '2026-03-01',
};
const linkedPrompts = [
  { id: 'language-preferred', question: 'Which language would you like to use today?' },
  { id: 'language-interpreter', question: 'Would an interpreter help?' },
];

function renderView(onBack = () => {}) {
  return render(<SectionView section={section} linkedPrompts={linkedPrompts} onBack={onBack} />);
}

describe('SectionView', () => {
  it('shows the title, summary, rendered body and review date', () => {
    renderView();
    expect(screen.getByRole('heading', { level: 2, name: 'Working with interpreters' })).toBeTruthy();
    expect(screen.getByText('How to book and work with a professional interpreter.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Before the meeting' })).toBeTruthy();
    expect(screen.getByText('first').tagName).toBe('STRONG');
    expect(screen.getByRole('link', { name: 'NHS England' }).getAttribute('target')).toBe('_blank');
    expect(document.querySelector('script')).toBeNull();
    expect(screen.getByText('1 March 2026').getAttribute('datetime')).toBe('2026-03-01');
  });

  it('lists references, linking only those with a url', () => {
    renderView();
    const items = screen.getByRole('heading', { name: 'References' }).nextElementSibling!.querySelectorAll('li');
    expect([...items].map((li) => li.textContent)).toEqual([
      'Guidance for commissioners: Interpreting, NHS England, 2018',
      'Code of Practice, Department of Health, 2015',
    ]);
    const link = screen.getByRole('link', { name: 'Guidance for commissioners: Interpreting' });
    expect(link.getAttribute('href')).toBe('https://www.england.nhs.uk/interpreting/');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.queryByRole('link', { name: 'Code of Practice' })).toBeNull();
  });

  it('lists the prompts that link here as text', () => {
    renderView();
    const list = screen.getByRole('heading', { name: 'Prompts that link here' }).nextElementSibling!;
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual(linkedPrompts.map((p) => p.question));
    expect(list.querySelector('a, button')).toBeNull();
  });

  it('goes back when Back is pressed', () => {
    const onBack = vi.fn();
    renderView(onBack);
    fireEvent.click(screen.getByRole('button', { name: 'Back to where you were' }));
    expect(onBack).toHaveBeenCalledOnce();
  });

  it('focuses the title on opening so screen readers land there', () => {
    renderView();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Working with interpreters' }));
  });
});

describe('SectionView review status (issue 15)', () => {
  const reviewed = { ...section, reviewedBy: 'Clinical safety officer, pending', nextReview: '2027-03-01' };

  it('names the reviewer role and the next review date', () => {
    render(<SectionView section={reviewed} linkedPrompts={[]} onBack={() => {}} today="2026-12-02" />);
    const line = document.querySelector('.section-view__reviewed')!.textContent;
    expect(line).toBe('Reviewed: 1 March 2026, by Clinical safety officer, pending. Next review: 1 March 2027');
    expect(screen.queryByText('Due for review')).toBeNull();
  });

  it('says “Due for review” once the next review date has come', () => {
    render(<SectionView section={reviewed} linkedPrompts={[]} onBack={() => {}} today="2027-03-01" />);
    const note = screen.getByRole('note');
    expect(note.textContent).toContain('Due for review');
    expect(note.querySelector('time')!.getAttribute('datetime')).toBe('2027-03-01');
  });
});
