import type { Framework } from '../../../core/framework/schema';
import type { GuidanceModel } from '../../../core/models/guidance-model';
import { Highlighted } from './Highlighted';

/** Search as you type, filter by domain, open a result in place. `/` focuses the box. */
export function GuidanceSearch({ framework, guidance }: { framework: Framework; guidance: GuidanceModel }) {
  const query = guidance.query.value;
  const hits = guidance.hits.value;
  const loading = query.trim() !== '' && !guidance.library.value;
  return (
    <section class="guidance-search" role="search" aria-label="Guidance">
      <div class="inline">
        <label class="visually-hidden" for="guidance-query">Search guidance</label>
        <input
          id="guidance-query"
          type="search"
          placeholder="Search guidance (press /)"
          autoComplete="off"
          value={query}
          onFocus={() => void guidance.load()}
          onInput={(e) => guidance.setQuery(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Escape clears the box; typing in a field, it never closes the sidebar (escape-to-close.ts).
            if (e.key === 'Escape' && query) {
              e.preventDefault();
              guidance.setQuery('');
            }
          }}
        />
        <label class="visually-hidden" for="guidance-domain">Filter by domain</label>
        <select id="guidance-domain" value={guidance.domain.value} onChange={(e) => guidance.setDomain(e.currentTarget.value)}>
          <option value="">All domains</option>
          {framework.domains.map((d) => <option key={d.id} value={d.id}>{d.title}</option>)}
        </select>
      </div>
      <p role="status" class="guidance-search__count">
        {query.trim() === '' ? '' : loading ? 'Loading guidance…' : `${hits.length} ${hits.length === 1 ? 'result' : 'results'}`}
        {!loading && query.trim() !== '' && hits.length === 0 && (
          <>
            {' '}for “{query.trim()}”. Try fewer or other words, such as a topic (“interpreter”, “faith”, “advocacy”){guidance.domain.value ? ', or search all domains' : ''}.
          </>
        )}
      </p>
      {hits.length > 0 && (
        <ul class="guidance-results">
          {hits.map((hit) => (
            <li key={hit.id}>
              <button type="button" class="guidance-result" id={`result-${hit.id}`} onClick={() => void guidance.openSection(hit.id, `result-${hit.id}`)}>
                <span class="guidance-result__title"><Highlighted text={hit.title} matches={hit.matches} /></span>
                <span class="guidance-result__summary"><Highlighted text={hit.summary} matches={hit.matches} /></span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
