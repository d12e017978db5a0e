import type { ComponentChildren } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import type { Framework } from '../../../core/framework/schema';
import type { ReviewState, Session } from '../../../core/session/schema';
import { recordItems, type RecordItem } from '../../../core/summary/items';
import { agreementKey, choicesOf, isIncluded, stateOf, toggled, type ReviewChoices } from '../../../core/summary/review';
import type { SummaryOptions } from '../../../core/summary/summary';
import { LockedContext } from '../locked-context';

interface Props {
  framework: Framework;
  session: Session;
  /** Saves the ticks with the session, so a reload keeps what the person agreed. */
  onReview: (review: ReviewState) => void;
  /** The preview, insert and copy controls: they build the text from the choices the person agreed, once. */
  children: (agreed: SummaryOptions) => ComponentChildren;
}

/** Items under each heading, in the order the summary writes them. */
function byHeading(items: RecordItem[]): [string, RecordItem[]][] {
  const groups: [string, RecordItem[]][] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last?.[0] === item.heading) last[1].push(item);
    else groups.push([item.heading, [item]]);
  }
  return groups;
}

/**
 * The review step (issue 14): every item the summary would write, each with a tick, agreed with
 * the person before "Insert into EHR" or "Copy summary". Sensitive items stay out until the
 * clinician records that the person agreed; the ticks are saved with the session.
 */
export function RecordReview({ framework, session, onReview, children }: Props) {
  const choices = useMemo(() => choicesOf(session.review), [session.review]);
  const items = useMemo(() => recordItems(framework, session), [framework, session]);
  const change = (update: Partial<ReviewChoices>) => onReview(stateOf({ ...choices, ...update }));
  const locked = useContext(LockedContext);

  return (
    <>
      <div class="review" role="group" aria-labelledby="review-h">
        <h3 id="review-h" class="small-heading">Agree what goes in the record</h3>
        <p class="field__hint">
          Go through each item with the person and untick anything they do not want written. Items marked sensitive stay out until the person agrees.
        </p>
        {byHeading(items).map(([heading, group]) => (
          <fieldset class="review__group" key={heading}>
            <legend>{heading}</legend>
            <ul class="review__items">
              {group.map((item) => (
                <ReviewItem
                  key={item.id}
                  item={item}
                  included={isIncluded(item, choices)}
                  agreed={choices.agreed.has(agreementKey(item))}
                  onInclude={(on) => change(item.sensitive ? { agreed: toggled(choices.agreed, agreementKey(item), on) } : { excluded: toggled(choices.excluded, item.id, !on) })}
                  onAgree={(on) => change({ agreed: toggled(choices.agreed, agreementKey(item), on) })}
                />
              ))}
            </ul>
          </fieldset>
        ))}
        <label class="check review__read-back">
          <input type="checkbox" checked={choices.readBack} disabled={locked} onChange={(e) => change({ readBack: e.currentTarget.checked })} />
          Read back to and agreed with the person
        </label>
      </div>
      {children({ choices, items })}
    </>
  );
}

interface ItemProps {
  item: RecordItem;
  included: boolean;
  agreed: boolean;
  onInclude: (on: boolean) => void;
  onAgree: (on: boolean) => void;
}

function ReviewItem({ item, included, agreed, onInclude, onAgree }: ItemProps) {
  const locked = useContext(LockedContext);
  const textId = `review-${item.id}`;
  return (
    <li class={item.sensitive ? 'review__item review__item--sensitive' : 'review__item'}>
      <label class="check review__include">
        {/* A sensitive item can be ticked only through the person's agreement below. */}
        <input type="checkbox" checked={included} disabled={locked || (item.sensitive && !agreed)} onChange={(e) => onInclude(e.currentTarget.checked)} />
        <span id={textId} class="review__text" dir="auto">{item.text}</span>
      </label>
      {item.sensitive && (
        <>
          <p class="review__sensitive-note">
            <strong class="tag">Sensitive</strong> Left out unless the person agrees.
          </p>
          <label class="check">
            <input type="checkbox" checked={agreed} disabled={locked} aria-describedby={textId} onChange={(e) => onAgree(e.currentTarget.checked)} />
            The person agreed this goes in the record
          </label>
        </>
      )}
    </li>
  );
}
