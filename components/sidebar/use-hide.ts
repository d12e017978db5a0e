import { useEffect, useMemo } from 'preact/hooks';
import { createHideModel, type HideModel } from '../../core/models/hide-model';

/** Alt+Shift+H hides the sidebar's clinical text, and shows it again. */
const isShortcut = (event: KeyboardEvent) => event.altKey && event.shiftKey && event.code === 'KeyH';

/** The sidebar's "Hide" state: the given model or one of its own; any key or pointer input counts as activity. */
export function useHide(given?: HideModel): HideModel {
  const hide = useMemo(() => given ?? createHideModel(), []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isShortcut(event)) return hide.activity();
      event.preventDefault();
      if (hide.hidden.value) hide.show();
      else hide.hide();
    };
    const onPointer = () => hide.activity();
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
      hide.stop();
    };
  }, [hide]);
  return hide;
}
