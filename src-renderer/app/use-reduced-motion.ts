import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void): () => void {
  const list = window.matchMedia(QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

/**
 * Whether the system asks for less motion (Windows: "Hiệu ứng hoạt ảnh" off; GNOME: animations off;
 * Chromium: --force-prefers-reduced-motion). The app then turns antd's motion off: drawers, menus
 * and lists appear in place instead of sliding — kinder on slow office PCs and remote desktops, and
 * nothing moves under the pointer while it opens. Follows a change without a restart.
 */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(QUERY).matches);
}
