import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/**
 * The record's care-plan form: a plain textarea, and a controlled one whose value lives only in
 * the page's state, as in React-built EHRs. Coplan must land text in both for the demo to prove
 * the real thing; the character count shows what the page's state actually holds.
 */
export function CarePlanForm() {
  const [crisis, setCrisis] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  // Like React, put the state back after every render: a value written past the page's state does not stick.
  useLayoutEffect(() => {
    if (field.current && field.current.value !== crisis) field.current.value = crisis;
  });
  return (
    <section aria-labelledby="plan-h" class="care-plan">
      <h2 id="plan-h">Care plan</h2>
      <label for="care-plan">Care plan (free text)</label>
      <textarea id="care-plan" dir="auto" rows={10} />
      <label for="crisis-plan">Crisis plan (controlled)</label>
      <p class="hint" id="crisis-plan-hint">This field keeps its text in the page’s own state, like many modern EHR forms.</p>
      <textarea
        id="crisis-plan"
        ref={field}
        dir="auto"
        rows={6}
        value={crisis}
        aria-describedby="crisis-plan-hint crisis-plan-count"
        onInput={(e) => setCrisis(e.currentTarget.value)}
      />
      <p class="hint" id="crisis-plan-count">{crisis.length} characters held in the page’s state</p>
    </section>
  );
}
