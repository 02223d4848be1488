import type { Logger } from '../core/logger';
import type { RegisterPort } from '../features/exchange/register-port';
import type { FileStore } from '../features/files/file-store';
import type { FilesService } from '../features/files/files.service';
import type { FilesRepo } from '../features/files/files.repo';
import type { AuditService } from '../features/audit/audit.service';
import type { Clock } from '../core/clock';
import { MAX_FILE_BYTES } from '../../src-shared/contracts/files.contract';
import { toVnIso } from '../../src-shared/domain';
import { appError } from '../../src-shared/rpc/errors';
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
  filesRepo: FilesRepo;
  audit: AuditService;
  clock: Clock;
}): RegisterPort {
  const { registerRepo } = deps;
  return {
    entry(id) {
      const row = registerRepo.byId(id);
      return row ? toEntry(row) : undefined;
    },
    visibleIn: (id, scope) => scope === null || registerRepo.visibleIn(id, scope),
    incomingByDocumentId(documentId) {
      const hit = registerRepo
        .duplicates('den', { documentId, dupKey: null, fileSha256: null })
        .find((r) => r.status === 'registered' && r.document_id === documentId);
      const row = hit ? registerRepo.byId(hit.id) : undefined;
      return row ? toEntry(row) : undefined;
    },
    storedFilePath: (sha256) => deps.fileStore.pathFor(sha256),
    preparePdf: (bytes, name) => deps.files.prepareBytes(bytes, name),
    // Attachments other than the main PDF (docx, xlsx, images…): stored as they came, no PDF checks.
    prepareAttachment: (bytes, name, mediaType) => {
      if (bytes.length > MAX_FILE_BYTES)
        throw appError('files.namedTooLarge', { name, mb: Math.round(bytes.length / 1048576), max: MAX_FILE_BYTES / 1048576 });
      const { sha256 } = deps.fileStore.put(bytes);
      const row = {
        sha256,
        size: bytes.length,
        media_type: mediaType.slice(0, 200) || 'application/octet-stream',
        page_count: null,
        text: null,
        original_name: name,
        created_at: toVnIso(deps.clock.now()),
      };
      return Promise.resolve({
        sha256,
        record: (actor: string) => {
          const inserted = deps.filesRepo.insertIfAbsent(row);
          if (inserted)
            deps.audit.append({
              actor,
              action: 'file.imported',
              entityType: 'file',
              entityId: sha256,
              data: { size: row.size, originalName: name, mediaType: row.media_type },
            });
          const r = deps.filesRepo.get(sha256)!;
          return {
            sha256,
            size: r.size,
            mediaType: r.media_type,
            pageCount: r.page_count,
            textChars: r.text?.length ?? 0,
            originalName: r.original_name,
            createdAt: r.created_at,
            created: inserted,
          };
        },
      });
    },
    audit: (actor, action, entityId, data) => {
      deps.audit.append({ actor, action, entityType: 'register_entry', entityId, data });
    },
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
