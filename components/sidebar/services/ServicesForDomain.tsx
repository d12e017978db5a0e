import { useContext } from 'preact/hooks';
import { servicesForDomain } from '../../../core/services/search';
import { ServiceCard } from './ServiceCard';
import { ServicesContext } from './services-context';

/** Local services that help with a domain (e.g. interpreting under language), folded away under its prompts. */
export function ServicesForDomain({ domainId }: { domainId: string }) {
  const services = servicesForDomain(useContext(ServicesContext).value, domainId);
  if (!services.length) return null;
  return (
    <details class="services-for-domain">
      <summary>Local services that can help ({services.length})</summary>
      <ul class="services">
        {services.map((s) => <ServiceCard key={s.id} service={s} />)}
      </ul>
    </details>
  );
}
