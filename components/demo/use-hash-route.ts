import { useEffect, useState } from 'preact/hooks';
import { parseDemoRoute, type DemoRoute } from '../../core/training/links';

/** The demo page's route, following the address bar's hash so back and forward work as in any EHR. */
export function useHashRoute(): DemoRoute {
  const [route, setRoute] = useState(() => parseDemoRoute(location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseDemoRoute(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return route;
}
