import type { IncomingRecord, RegisterEntry, RegisterWarning } from '../../../src-shared/contracts/register.contract';
import type { StoredFile } from '../../../src-shared/contracts/files.contract';
import type { EntryScope } from '../accounts/permission.service';

/** A PDF checked and written to the register's file store; `record` writes its row (in a transaction). */
export interface PreparedPdf {
  sha256: string;
  record(actor: string): StoredFile;
}

/**
 * What the exchange needs from the register and its file store, wired by the composition root
 * (src-main/app/link-exchange-register.ts) so the exchange knows neither feature's internals.
 * The synchronous methods join the caller's transaction (SQLite savepoints on the same connection).
 */
export interface RegisterPort {
  /** A register entry as every screen sees it, or undefined. */
  entry(id: string): RegisterEntry | undefined;
  /** Whether an account limited to `scope` may see the entry (null scope: every entry). */
  visibleIn(id: string, scope: EntryScope | null): boolean;
  /** The registered incoming entry with this mã định danh, if any. */
  incomingByDocumentId(documentId: string): RegisterEntry | undefined;
  /** Where the file store keeps a stored file, for the packet builder (never sent to a window). */
  storedFilePath(sha256: string): string;
  /** Checks a PDF and makes its bytes durable in the store (slow, outside any transaction). */
  preparePdf(bytes: Buffer, originalName: string): Promise<PreparedPdf>;
  /** Makes any other file (docx, xlsx, image…) durable in the store; `record` writes its row. */
  prepareAttachment(bytes: Buffer, originalName: string, mediaType: string): Promise<PreparedPdf>;
  /** Appends to the audit log; synchronous, inside the caller's transaction. */
  audit(actor: string, action: string, entityId: string, data: Record<string, unknown>): void;
  /** Gives the next số đến; synchronous, inside the caller's transaction. */
  addIncoming(record: IncomingRecord, actor: string): { entry: RegisterEntry; warnings: RegisterWarning[] };
}
