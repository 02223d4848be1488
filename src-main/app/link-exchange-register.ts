import type { Logger } from '../core/logger';
import type { Sqlite } from '../db/open';
import type { EventBus } from '../rpc/events';

/**
 * Status 03 ("đã vào sổ") goes back to the sender once an electronic document gets its số đến.
 * The register commits first and then tells the exchange (two features, two transactions); the
 * exchange side is idempotent. A crash between the two leaves an inbox row still "new" whose
 * document is already in the register: `reconcile` repairs exactly that at every start.
 */
export function linkExchangeToRegister(deps: {
  sqlite: Sqlite;
  events: EventBus;
  logger: Logger;
  onIncomingRegistered: (documentId: string, arrivalNumber: number) => boolean;
}) {
  const byId = deps.sqlite.prepare(
    "SELECT document_id, number FROM register_entry WHERE id = ? AND direction = 'den' AND document_id IS NOT NULL",
  );
  const pending = deps.sqlite.prepare(
    `SELECT r.document_id AS document_id, r.number AS number FROM exchange_inbox i
       JOIN register_entry r ON r.document_id = i.document_id AND r.direction = 'den' AND r.status = 'registered'
      WHERE i.kind = 'edoc' AND i.state = 'new'`,
  );
  const notify = (documentId: string, number: number) => {
    try {
      deps.onIncomingRegistered(documentId, number);
    } catch (err) {
      deps.logger.warn('could not queue status 03', { documentId, error: (err as Error).message });
    }
  };
  const reconcile = () => {
    for (const row of pending.all() as { document_id: string; number: number }[]) notify(row.document_id, row.number);
  };
  reconcile();
  return deps.events.subscribe((name, payload) => {
    if (name !== 'register.entryRegistered') return;
    const row = byId.get((payload as { id: string }).id) as { document_id: string; number: number } | undefined;
    if (row) notify(row.document_id, row.number);
  });
}
