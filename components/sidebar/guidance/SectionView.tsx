import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { isHttps, renderMarkdown } from '../../../core/guidance/render';
import { isDueForReview } from '../../../core/guidance/review';
import type { GuidanceSection } from '../../../core/guidance/schema';
import { calendarDate } from '../../../core/format/date-format';

interface Props {
  section: GuidanceSection;
  linkedPrompts: { id: string; question: string }[];
  onBack: () => void;
  /** YYYY-MM-DD; tests pass a fixed day. */
  today?: string;
  /** Shown just under the title, where a screen reader starts reading (e.g. the safeguarding notice). */
  children?: ComponentChildren;
}

/** One guidance section, opened in place of the prompts, with a way back. */
export function SectionView({ section, linkedPrompts, onBack, today, children }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Moving focus to the title tells screen reader users the view has changed.
  useEffect(() => heading.current?.focus(), [section.id]);
  const body = useMemo(() => renderMarkdown(section.body), [section.body]);
  const titleId = `section-${section.id}-h`;

  return (
    <article class="section-view" aria-labelledby={titleId}>
      <button type="button" class="button button--secondary" aria-label="Back to where you were" onClick={onBack}>
        Back
      </button>
      <h2 id={titleId} tabIndex={-1} ref={heading}>{section.title}</h2>
      {children}
      {isDueForReview(section, today) && (
        <p class="notice notice--warning" role="note">
          <strong>Due for review</strong>: this section was due to be checked again on{' '}
          <time dateTime={section.nextReview}>{calendarDate(new Date(section.nextReview!))}</time>. Check the sources below
          before relying on it.
        </p>
      )}
      <p class="section-view__summary">{section.summary}</p>
      {/* The only place sanitised HTML is injected: renderMarkdown escapes raw HTML and
          DOMPurify keeps only plain text tags and https links, so pack content cannot run script. */}
      <div class="section-view__body" dangerouslySetInnerHTML={{ __html: body }} />
      <p class="section-view__reviewed">
        Reviewed: <time dateTime={section.reviewed}>{calendarDate(new Date(section.reviewed))}</time>
        {section.reviewedBy && <>, by {section.reviewedBy}</>}
        {section.nextReview && (
          <>
            . Next review: <time dateTime={section.nextReview}>{calendarDate(new Date(section.nextReview))}</time>
          </>
        )}
      </p>
      <h3>References</h3>
      <ul class="section-view__references">
        {section.references.map((ref, i) => (
          <li key={i}>
            {ref.url && isHttps(ref.url) ? (
              <a href={ref.url} target="_blank" rel="noopener noreferrer">{ref.title}</a>
            ) : (
              ref.title
            )}
            , {ref.publisher}
            {ref.year !== undefined && `, ${ref.year}`}
          </li>
        ))}
      </ul>
      {linkedPrompts.length > 0 && (
        <>
          <h3>Prompts that link here</h3>
          <ul class="section-view__prompts">
            {linkedPrompts.map((p) => <li key={p.id}>{p.question}</li>)}
          </ul>
        </>
      )}
    </article>
  );
}
