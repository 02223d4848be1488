import { lazy, Suspense, useState } from 'react';

const EntryDetailChunk = lazy(() => import('./EntryDetail').then((m) => ({ default: m.EntryDetail })));

/**
 * The entry detail (pdf.js, signing, the workflow and exchange panels) as a chunk of its own: nothing of
 * it is fetched until the clerk first opens an entry, then it stays mounted for the drawer's close
 * animation. Every list that opens an entry (the registers, Việc cần làm) uses this one.
 */
export function LazyEntryDetail({ id, onClose }: { id: string | null; onClose: () => void }) {
  const [used, setUsed] = useState(false);
  if (id !== null && !used) setUsed(true);
  if (!used) return null;
  return (
    <Suspense fallback={null}>
      <EntryDetailChunk id={id} onClose={onClose} />
    </Suspense>
  );
}
