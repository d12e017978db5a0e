import { SERVICE_KIND_LABELS } from '../../../core/services/kinds';
import type { Service } from '../../../core/services/schema';

interface Props {
  service: Service;
  /** Whether it is on the person's copy; without onChoose the card offers no choice. */
  chosen?: boolean;
  onChoose?: (on: boolean) => void;
}

/** One directory entry: what it is, where, for whom, and how to reach it. Pack text is shown as text only. */
export function ServiceCard({ service, chosen = false, onChoose }: Props) {
  const { name, kind, area, languages, faiths, contact, openingHours, notes } = service;
  return (
    <li class="service">
      <p class="service__name"><strong>{name}</strong></p>
      <p class="service__meta">{SERVICE_KIND_LABELS[kind]} · {area}</p>
      <dl class="service__details">
        {languages.length > 0 && <><dt>Languages</dt><dd>{languages.join(', ')}</dd></>}
        {faiths.length > 0 && <><dt>Faiths</dt><dd>{faiths.join(', ')}</dd></>}
        <dt>Open</dt><dd>{openingHours}</dd>
        <dt>Contact</dt>
        <dd>
          {[contact.phone, contact.email].filter(Boolean).join(' · ')}
          {/* The schema only lets https addresses in (core/services/schema.ts). */}
          {contact.website && <> {contact.phone || contact.email ? '· ' : ''}<a href={contact.website} target="_blank" rel="noopener noreferrer">Website</a></>}
        </dd>
      </dl>
      {notes && <p class="service__notes">{notes}</p>}
      {onChoose && (
        <label class="check">
          <input type="checkbox" checked={chosen} onChange={(e) => onChoose(e.currentTarget.checked)} />
          Add to the person’s copy
        </label>
      )}
    </li>
  );
}
