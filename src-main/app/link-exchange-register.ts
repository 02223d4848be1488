import type { Logger } from '../core/logger';
import type { RegisterPort } from '../features/exchange/register-port';
import type { FileStore } from '../features/files/file-store';
import type { FilesService } from '../features/files/files.service';
import { toEntry } from '../features/register/register-mapper';
import type { RegisterRepo } from '../features/register/register.repo';
import type { RegisterService } from '../features/register/register.service';
import type { EventBus } from '../rpc/events';

/** The register and file store as the exchange sees them (exchange.sendEntry / registerIncoming). */
export function registerPortFor(deps: {
  register: RegisterService;
  registerRepo: RegisterRepo;
  files: FilesService;
  fileStore: FileStore;
}): RegisterPort {
  const { registerRepo } = deps;
  return {
    entry(id) {
      const row = registerRepo.byId(id);
      return row ? toEntry(row) : undefined;
    },
    incomingByDocumentId(documentId) {
      const hit = registerRepo
        .duplicates('den', { documentId, dupKey: null, fileSha256: null })
        .find((r) => r.status === 'registered' && r.document_id === documentId);
      const row = hit ? registerRepo.byId(hit.id) : undefined;
      return row ? toEntry(row) : undefined;
    },
    storedFilePath: (sha256) => deps.fileStore.pathFor(sha256),
    preparePdf: (bytes, name) => deps.files.prepareBytes(bytes, name),
    addIncoming: (record, actor) => deps.register.addIncoming(record, actor),
  };
}

/**
 * Status 03 ("đã vào sổ") goes back to the sender once an electronic document gets its số đến.
 * exchange.registerIncoming does it in the registration's own transaction. A document registered
 * another way (register.addIncoming with its DocumentId, the CLI) is linked here after the
 * register's commit; the exchange side is idempotent. A crash between the two leaves an inbox row
 * still "new" whose document is already in the register: `reconcile` repairs exactly that at start.
 */
export function linkExchangeToRegister(deps: {
  registerRepo: RegisterRepo;
  events: EventBus;
  logger: Logger;
  newButRegistered: () => { documentId: string; number: number }[];
  onIncomingRegistered: (documentId: string, arrivalNumber: number) => boolean;
}) {
  const notify = (documentId: string, number: number) => {
    try {
      deps.onIncomingRegistered(documentId, number);
    } catch (err) {
      deps.logger.warn('could not queue status 03', { documentId, error: (err as Error).message });
    }
  };
  for (const row of deps.newButRegistered()) notify(row.documentId, row.number);
  return deps.events.subscribe((name, payload) => {
    if (name !== 'register.entryRegistered') return;
    const row = deps.registerRepo.byId((payload as { id: string }).id);
    if (row && row.direction === 'den' && row.document_id) notify(row.document_id, row.number);
  });
}
