import { useCallback, useEffect, useState } from 'react';

/** Sections are addressed as `#/<key>`, so reload and the back button keep the clerk's place. */
export function useHashRoute<K extends string>(keys: readonly K[], fallback: K): [K, (k: K) => void] {
  const read = useCallback((): K => {
    const key = window.location.hash.replace(/^#\/?/, '').split('/')[0] as K;
    return keys.includes(key) ? key : fallback;
  }, [keys, fallback]);
  const [route, setRoute] = useState<K>(read);
  useEffect(() => {
    const onChange = () => setRoute(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, [read]);
  const go = useCallback((k: K) => {
    window.location.hash = `/${k}`;
  }, []);
  // The keys can shrink under the route (a role taken away): a key no longer offered falls back.
  return [keys.includes(route) ? route : fallback, go];
}
