interface Props {
  /** `frameworkId@version`, so the page shows that framework's statements. */
  framework: string;
  training: boolean;
}

/**
 * Hands the screen to the person (issue 16): a clean page in a new tab, with nothing of the
 * session on it, so they (or their carer) can say how the conversation felt.
 */
export function FeedbackButton({ framework, training }: Props) {
  const open = () => {
    const query = new URLSearchParams({ framework, ...(training ? { training: '1' } : {}) });
    window.open(`/feedback.html?${query.toString()}`, '_blank', 'noopener');
  };
  return (
    <div class="field feedback-handover">
      <button type="button" class="button" aria-describedby="feedback-handover-hint" onClick={open}>Feedback from the person</button>
      <p class="field__hint" id="feedback-handover-hint">
        Opens a page for the person or their carer to rate the conversation, without your notes. Hand them the screen and
        step back, so they can answer freely; it clears once sent.
      </p>
    </div>
  );
}
