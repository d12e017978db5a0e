import { useContext, useEffect } from 'preact/hooks';
import { GuidanceContext } from './guidance-context';

/** A prompt's links to guidance; each opens the section in place and comes back here. */
export function GuidanceLinks({ promptId, sectionIds }: { promptId: string; sectionIds: string[] }) {
  const guidance = useContext(GuidanceContext);
  useEffect(() => void guidance?.load(), []);
  if (!guidance) return null;
  const cards = guidance.library.value?.cards;
  return (
    <div class="guidance-links">
      <p class="guidance-links__label" id={`guidance-${promptId}`}>Guidance</p>
      <ul aria-labelledby={`guidance-${promptId}`}>
        {sectionIds.map((id) => (
          <li key={id}>
            <button type="button" class="link-button" id={`link-${promptId}-${id}`} onClick={() => void guidance.openSection(id, `link-${promptId}-${id}`)}>
              {cards?.get(id)?.title ?? 'Loading…'}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
