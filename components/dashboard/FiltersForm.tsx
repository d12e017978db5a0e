import { useEffect, useState } from 'preact/hooks';
import { defaultFilters, type AuditFilters } from '../../core/audit/filters';
import { isoFromUkDate, ukDateText } from '../../core/audit/uk-date';

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

function DateBox({ id, label, value, error, onInput }: { id: string; label: string; value: string; error?: string; onInput: (v: string) => void }) {
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={id}>{label}</label>
      <p class="field__hint" id={`${id}-hint`}>Day/month/year</p>
      {error && <p class="field__error" id={`${id}-error`}>{error}</p>}
      <input id={id} type="text" class="input--date" inputMode="numeric" autoComplete="off" placeholder="dd/mm/yyyy" value={value}
        aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        onInput={(e) => onInput(e.currentTarget.value)} />
    </div>
  );
}

/** Which date box is wrong and why, or the two days when both are real days in order. */
function checkDates(from: string, to: string): { from?: string; to?: string; range?: { from: string; to: string } } {
  const [start, end] = [isoFromUkDate(from), isoFromUkDate(to)];
  const wrong = (name: string) => `Enter the ${name} date as day/month/year, such as 31/03/2026.`;
  if (!start || !end) return { from: start ? undefined : wrong('start'), to: end ? undefined : wrong('end') };
  if (start > end) return { to: 'The end date must be on or after the start date.' };
  return { range: { from: start, to: end } };
}

/** Dates, team, clinician, framework version and training; applying them updates the address too. */
export function FiltersForm({ filters, teams, clinicians, frameworks, now, onApply }: Props) {
  const [draft, setDraft] = useState(filters);
  const [dates, setDates] = useState({ from: ukDateText(filters.from), to: ukDateText(filters.to) });
  const [shown, setShown] = useState<{ from?: string; to?: string }>({});
  useEffect(() => {
    setDraft(filters);
    setDates({ from: ukDateText(filters.from), to: ukDateText(filters.to) });
    setShown({});
  }, [filters]);
  const set = (change: Partial<AuditFilters>) => setDraft({ ...draft, ...change });
  return (
    <form
      class="filters"
      aria-label="Filters"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const checked = checkDates(dates.from, dates.to);
        setShown(checked);
        if (checked.range) onApply({ ...draft, ...checked.range });
        else document.getElementById(checked.from ? 'filter-from' : 'filter-to')?.focus();
      }}
    >
      <DateBox id="filter-from" label="From" value={dates.from} error={shown.from} onInput={(from) => setDates({ ...dates, from })} />
      <DateBox id="filter-to" label="To" value={dates.to} error={shown.to} onInput={(to) => setDates({ ...dates, to })} />
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
    </form>
  );
}
