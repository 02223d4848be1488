/**
 * The content-addressed file store. Files are named by their sha256, written once (temp, fsync,
 * rename) and never overwritten; a PDF is checked (magic bytes, not encrypted, not truncated,
 * readable by pdfjs) and its text layer kept for search before it is accepted.
 *
 * The wire carries no raw bytes (architecture §2): `files.import` takes a path on this machine and
 * is open only to the CLI and in-process callers (the router refuses it from a window).
 * `files.importBytes` is the window's way in (file picker, drag and drop); it is bounded in size.
 */
import { z } from 'zod';
import { defineOperation, LOCAL_TRANSPORTS } from '../rpc/define';
import { inputText } from './input-text';

export const StoredFileSchema = z.object({
  sha256: z.string(),
  size: z.number().int(),
  mediaType: z.string(),
  pageCount: z.number().int().nullable(),
  /** Characters in the extracted text layer; 0 for a scan without OCR. */
  textChars: z.number().int(),
  originalName: z.string().nullable(),
  createdAt: z.string(),
  /** false when the same bytes were already in the store (nothing was written). */
  created: z.boolean(),
  /** Set when no virus scanner gave a verdict and the agency's setting is 'warn': shown to the clerk. */
  avWarning: z.string().nullable().optional(),
});
export type StoredFile = z.output<typeof StoredFileSchema>;

/** Largest file accepted: a 300-page 300-dpi scan fits; anything larger is refused by name. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;
/** base64 imports are for small renderer-side files (the HTTP bridge caps a request at 2 MiB). */
export const MAX_BASE64_FILE_BYTES = 25 * 1024 * 1024;

export const filesImport = defineOperation({
  name: 'files.import',
  kind: 'command',
  input: z
    .object({
      path: z
        .string({ error: inputText('input.filePathMissing') })
        .min(1, { error: inputText('input.filePathMissing') })
        .max(4096),
    })
    .strict(),
  output: StoredFileSchema,
  transports: LOCAL_TRANSPORTS,
  summary: 'Checks a PDF on this machine and stores it by sha256 (idempotent); returns its id for register.add*.FileSha256.',
});

export const filesImportBytes = defineOperation({
  name: 'files.importBytes',
  kind: 'command',
  input: z
    .object({
      fileName: z.string().max(255).nullable().optional(),
      dataBase64: z.string({ error: inputText('input.fileDataMissing') }).max(Math.ceil(MAX_BASE64_FILE_BYTES / 3) * 4 + 4, {
        error: inputText('input.fileTooBigDirect', { max: MAX_BASE64_FILE_BYTES / 1024 / 1024 }),
      }),
    })
    .strict(),
  output: StoredFileSchema,
  summary: 'Same as files.import for bytes sent as base64 (renderer drag and drop).',
});

export const filesInfo = defineOperation({
  name: 'files.info',
  kind: 'query',
  input: z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: inputText('input.sha256Form') }) }).strict(),
  output: StoredFileSchema.omit({ created: true }),
  summary: 'Metadata of a stored file.',
});

/**
 * Quản trị only: until accounts exist (issue of the accounts engineer), only the local administrator
 * (CLI, in-process) may purge; no window can.
 */
export const filesPurge = defineOperation({
  name: 'files.purge',
  kind: 'command',
  input: z
    .object({
      sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: inputText('input.sha256Form') }),
      reason: z
        .string()
        .trim()
        .min(5, { error: inputText('input.deleteReasonShort') })
        .max(1000),
    })
    .strict(),
  output: z.object({
    sha256: z.string(),
    purgedAt: z.string(),
    purgedBy: z.string(),
    reason: z.string(),
    entryIds: z.array(z.string()),
  }),
  summary:
    'Quản trị: removes a stored file and its text from the store, search index and later backups; a tombstone (who, when, why) stays on the entry and in the audit log; the number stays used. From a window only for a signed-in administrator (Cài đặt › Sao lưu); with no accounts, only from the command line.',
});

export const filesOperations = [filesImport, filesImportBytes, filesInfo, filesPurge] as const;
