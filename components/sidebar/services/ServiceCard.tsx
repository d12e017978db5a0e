import { useContext } from 'preact/hooks';
import { isoToday } from '../../../core/guidance/review';
import { SERVICE_KIND_LABELS } from '../../../core/services/kinds';
import { isDueForRecheck, recheckDue } from '../../../core/services/recheck';
import type { Service } from '../../../core/services/schema';
import { LockedContext } from '../locked-context';
import { calendarDate } from '../../../core/format/date-format';

interface Props {
  service: Service;
  /** Whether it is on the person's copy; without onChoose the card offers no choice. */
  chosen?: boolean;
  onChoose?: (on: boolean) => void;
  /** YYYY-MM-DD; tests pass a fixed day. */
  today?: string;
}

/** One directory entry: what it is, where, for whom, and how to reach it. Pack text is shown as text only. */
export function ServiceCard({ service, chosen = false, onChoose, today = isoToday() }: Props) {
  const { name, kind, area, languages, faiths, contact, openingHours, notes, example, sources = [] } = service;
  const locked = useContext(LockedContext);
  const reach = [contact.phone, contact.text && `Text ${contact.text}`, contact.email].filter(Boolean).join(' · ');
  return (
    <li class={example ? 'service service--example' : 'service'}>
      {/* Issue 15: an invented entry must never pass for a real way to get help. */}
      {example && <p class="service__example"><strong>Example service, not real</strong></p>}
      <p class="service__name"><strong>{name}</strong></p>
      <p class="service__meta">{SERVICE_KIND_LABELS[kind]} · {area}</p>
      <dl class="service__details">
        {languages.length > 0 && <><dt>Languages</dt><dd>{languages.join(', ')}</dd></>}
        {faiths.length > 0 && <><dt>Faiths</dt><dd>{faiths.join(', ')}</dd></>}
        <dt>Open</dt><dd>{openingHours}</dd>
        <dt>Contact</dt>
        <dd>
          {reach}
          {/* The schema only lets https addresses in (core/services/schema.ts). */}
          {contact.website && <> {reach ? '· ' : ''}<a href={contact.website} target="_blank" rel="noopener noreferrer">Website</a></>}
        </dd>
      </dl>
      {notes && <p class="service__notes">{notes}</p>}
      {isDueForRecheck(service, today) && (
        <p class="service__recheck" role="note">
          <strong>Due for a check</strong>: these details were due to be checked again on {calendarDate(new Date(recheckDue(service)!))}. Confirm
          them at the source below before giving them to the person.
        </p>
      )}
      {sources.length > 0 && (
        <details class="service__sources">
          <summary>Sources for {name}</summary>
          <ul>
            {sources.map((s) => (
              <li key={s.url}>
                <a href={s.url} target="_blank" rel="noopener noreferrer">{s.title}</a> ({s.publisher}), checked {calendarDate(new Date(s.checked))}
              </li>
            ))}
          </ul>
        </details>
      )}
      {onChoose && (
        <label class="check">
          <input type="checkbox" checked={chosen} disabled={locked} onChange={(e) => onChoose(e.currentTarget.checked)} />
          Add to the person’s copy
        </label>
      )}
    </li>
  );
}
