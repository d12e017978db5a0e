import { useEffect, useState } from 'preact/hooks';
import { defaultFilters, type AuditFilters } from '../../core/audit/filters';

interface Props {
  filters: AuditFilters;
  /** Values to offer, from the records in view. */
  teams: string[];
  clinicians: string[];
  frameworks: string[];
  now: number;
  onApply: (filters: AuditFilters) => void;
}

function Choice({ id, label, all, value, options, onChange }: { id: string; label: string; all: string; value?: string; options: string[]; onChange: (v?: string) => void }) {
  const choices = value && !options.includes(value) ? [value, ...options] : options;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || undefined)}>
        <option value="">{all}</option>
        {choices.map((o) => <option key={o} value={o}>{o}</option>)}
      </select>
    </div>
  );
}

/** Dates, team, clinician, framework version and training; applying them updates the address too. */
export function FiltersForm({ filters, teams, clinicians, frameworks, now, onApply }: Props) {
  const [draft, setDraft] = useState(filters);
  useEffect(() => setDraft(filters), [filters]);
  const set = (change: Partial<AuditFilters>) => setDraft({ ...draft, ...change });
  const valid = draft.from !== '' && draft.to !== '' && draft.from <= draft.to;
  return (
    <form
      class="filters"
      aria-label="Filters"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) onApply(draft);
      }}
    >
      <div class="field">
        <label for="filter-from">From</label>
        <input id="filter-from" type="date" value={draft.from} onInput={(e) => set({ from: e.currentTarget.value })} />
      </div>
      <div class="field">
        <label for="filter-to">To</label>
        <input id="filter-to" type="date" value={draft.to} onInput={(e) => set({ to: e.currentTarget.value })} />
      </div>
      <Choice id="filter-team" label="Team" all="All teams" value={draft.team} options={teams} onChange={(team) => set({ team })} />
      <Choice id="filter-clinician" label="Clinician" all="All clinicians" value={draft.clinician} options={clinicians} onChange={(clinician) => set({ clinician })} />
      <Choice id="filter-framework" label="Framework version" all="All versions" value={draft.framework} options={frameworks} onChange={(framework) => set({ framework })} />
      <label class="check">
        <input type="checkbox" checked={draft.training} onChange={(e) => set({ training: e.currentTarget.checked })} />
        Include training sessions
      </label>
      <div class="inline filters__actions">
        <button type="submit" class="button">Show</button>
        <button type="button" class="button button--secondary" onClick={() => onApply(defaultFilters(now))}>Last 12 weeks, everyone</button>
      </div>
      {!valid && <p class="notice notice--warning" role="alert">Choose a start date on or before the end date.</p>}
    </form>
  );
}
