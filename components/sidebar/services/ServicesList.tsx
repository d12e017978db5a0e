import { useContext, useState } from 'preact/hooks';
import { SERVICE_KINDS, SERVICE_KIND_LABELS, type ServiceKind } from '../../../core/services/kinds';
import { facets, filterServices, type ServiceFilter } from '../../../core/services/search';
import { ServiceCard } from './ServiceCard';
import { ServicesContext } from './services-context';

/** One filter menu; the empty option means "any". */
function Choice({ id, label, any, options, value, onChange }: {
  id: string; label: string; any: string; options: [value: string, text: string][]; value: string; onChange: (value: string) => void;
}) {
  return (
    <div class="services-filter">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{any}</option>
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </div>
  );
}

interface Props {
  /** The services chosen with the person, for their copy; left out where there is no session to hold them. */
  chosen?: readonly string[];
  onChoose?: (next: string[]) => void;
  /** A training session may put invented examples on the copy; a real one never offers them. */
  training?: boolean;
}

/** The local services directory: search by words, narrow by kind, language, faith and area. */
export function ServicesList({ chosen = [], onChoose, training = false }: Props = {}) {
  const services = useContext(ServicesContext).value;
  const [filter, setFilter] = useState<ServiceFilter>({});
  const set = (change: ServiceFilter) => setFilter({ ...filter, ...change });
  const { languages, faiths, areas } = facets(services);
  const shown = filterServices(services, filter);
  const pairs = (values: string[]): [string, string][] => values.map((v) => [v, v]);
  return (
    <section id="services" tabIndex={-1} class="services-directory" aria-labelledby="services-h">
      <h2 id="services-h">Local services</h2>
      <p class="services__intro">
        National routes first, each with the sources its details were checked against.
        {services.some((s) => s.example) && (
          <> Entries marked “Example service, not real” are invented to show how a trust’s own directory looks: they reach no one,
          and a trust’s content pack replaces them.</>
        )}
      </p>
      <div class="services-filters">
        <div class="services-filter">
          <label for="services-text">Search services</label>
          <input id="services-text" type="search" autoComplete="off" value={filter.text ?? ''} onInput={(e) => set({ text: e.currentTarget.value })} />
        </div>
        <Choice id="services-kind" label="Kind of service" any="Any kind" value={filter.kind ?? ''}
          options={SERVICE_KINDS.map((k) => [k, SERVICE_KIND_LABELS[k]])} onChange={(v) => set({ kind: (v || undefined) as ServiceKind | undefined })} />
        <Choice id="services-language" label="Language offered" any="Any language" value={filter.language ?? ''} options={pairs(languages)} onChange={(v) => set({ language: v || undefined })} />
        <Choice id="services-faith" label="Faith served" any="Any faith" value={filter.faith ?? ''} options={pairs(faiths)} onChange={(v) => set({ faith: v || undefined })} />
        <Choice id="services-area" label="Area covered" any="Any area" value={filter.area ?? ''} options={pairs(areas)} onChange={(v) => set({ area: v || undefined })} />
      </div>
      <p role="status" class="services__count">{shown.length} of {services.length} {services.length === 1 ? 'service' : 'services'}</p>
      <ul class="services">
        {shown.map((s) => (
          <ServiceCard
            key={s.id}
            service={s}
            chosen={chosen.includes(s.id)}
            onChoose={onChoose && (!s.example || training) ? (on) => onChoose(on ? [...chosen, s.id] : chosen.filter((id) => id !== s.id)) : undefined}
          />
        ))}
      </ul>
    </section>
  );
}
