/**
 * Intake: paper and files into PDF. Scanner sources (SANE, eSCL, NAPS2/WIA on Windows, hot
 * folder, file import) put page images into a batch; the page editor reorders, rotates, deletes,
 * inserts and splits; assembly makes a PDF meeting Nghị định 30/2020 Phụ lục I (PDF 1.4+, colour,
 * ≥ 200 dpi, 100% scale), optionally with an invisible Vietnamese OCR text layer; fields are read
 * from page 1 to prefill register.addIncoming; every file that enters is virus-scanned.
 *
 * Invariants: a page is on disk in the data folder before it is announced (intake.pageScanned);
 * cancel keeps finished pages; a batch whose process died while scanning is 'interrupted' and is
 * offered for resume; page images and thumbnails travel by sha256 id, never as bytes.
 */
import { z } from 'zod';
import { defineEvent, defineOperation, LOCAL_TRANSPORTS } from '../rpc/define';
import { StoredFileSchema } from './files.contract';
import { ScanErrorSchema } from './intake-scan-errors';
import { inputText } from './input-text';
import { ExtractionSchema, OcrResultSchema } from './intake-ocr.contract';

// Scan error codes and their texts live together in intake-scan-errors.ts.
export { ScanErrorCodeSchema, type ScanErrorCode } from './intake-scan-errors';

export const ColorModeSchema = z.enum(['color', 'gray', 'bw'], {
  error: inputText('input.colorMode'),
});
export const FeedSourceSchema = z.enum(['flatbed', 'adf', 'adf-duplex'], {
  error: inputText('input.paperSource'),
});
const Sha = z.string().regex(/^[0-9a-f]{64}$/, { error: inputText('input.fileIdSha256') });
const BatchId = z
  .string({ error: inputText('input.batchIdMissing') })
  .regex(/^[0-9a-f-]{36}$/, { error: inputText('input.batchIdInvalid') });
const PageId = z.string().min(1).max(64);
const FilePath = z
  .string({ error: inputText('input.pathMissing') })
  .min(1, { error: inputText('input.pathMissing') })
  .max(4096);

export const IntakePageSchema = z.object({
  id: z.string(),
  /** 'image': a page image in the page store; 'pdf': page `pdfPage` (0-based) of a stored PDF, copied as is. */
  kind: z.enum(['image', 'pdf']),
  /** sha256 of the page image (JPEG/PNG) or of the source PDF. */
  source: z.string(),
  pdfPage: z.number().int().nullable(),
  /** sha256 of a small JPEG thumbnail in the page store (null when it could not be rendered). */
  thumb: z.string().nullable(),
  widthPx: z.number().int(),
  heightPx: z.number().int(),
  dpi: z.number(),
  /** Clockwise, applied losslessly at assembly (PDF /Rotate for copied pages). */
  rotation: z.union([z.literal(0), z.literal(90), z.literal(180), z.literal(270)]),
  colorMode: ColorModeSchema,
  origin: z.string(),
  addedAt: z.string(),
});
export type IntakePage = z.output<typeof IntakePageSchema>;

export const BatchStatusSchema = z.enum(['scanning', 'open', 'interrupted', 'assembled', 'discarded']);

export const IntakeBatchSchema = z.object({
  id: z.string(),
  status: BatchStatusSchema,
  title: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Process that is scanning into this batch; used to tell an interrupted batch at next start. */
  owner: z.object({ pid: z.number().int(), since: z.string() }).nullable(),
  pages: z.array(IntakePageSchema),
  warnings: z.array(z.string()),
  lastError: ScanErrorSchema.nullable(),
  /** sha256 of the PDF made from this batch, once assembled. */
  output: z.string().nullable(),
});
export type IntakeBatch = z.output<typeof IntakeBatchSchema>;

const areaMm = z.object({ w: z.number().min(20).max(450), h: z.number().min(20).max(650) }).strict();

export const ScanInputSchema = z
  .object({
    /** "sane:<device>", "escl:<base URL>", "naps2:<driver>:<name>", "wia:<device id>". */
    source: z
      .string({ error: inputText('input.scanSourceMissing') })
      .min(3)
      .max(500),
    dpi: z
      .number()
      .int()
      .min(75, { error: inputText('input.dpiMin') })
      .max(1200, { error: inputText('input.dpiMax') })
      .default(200),
    mode: ColorModeSchema.default('color'),
    feeder: FeedSourceSchema.default('adf'),
    pages: z.number().int().min(1).max(500).optional(),
    areaMm: areaMm.optional(),
    /** Scan into an existing batch (resume, insert, replace). */
    batchId: BatchId.optional(),
    /** Insert the new pages before this page; default: at the end. */
    insertBefore: PageId.optional(),
    /** Replace this page with the first page scanned. */
    replacePage: PageId.optional(),
  })
  .strict();

export const ScanResultSchema = z.object({
  batch: IntakeBatchSchema,
  /** Pages added by this run (kept even when it ended with an error). */
  added: z.number().int(),
  end: z.enum(['completed', 'feeder-empty', 'cancelled', 'error']),
  error: ScanErrorSchema.nullable(),
});

export const AssembleInputSchema = z
  .object({
    batchId: BatchId,
    mode: ColorModeSchema.optional(),
    /** JPEG quality 40–95; default 80. */
    quality: z.number().int().min(40).max(95).optional(),
    ocr: z.boolean().default(false),
    title: z.string().max(300).optional(),
    /** Also write the PDF to this path on this machine (CLI --out). */
    out: FilePath.optional(),
  })
  .strict();

export const AssembleResultSchema = z.object({
  file: StoredFileSchema,
  pages: z.number().int(),
  warnings: z.array(z.string()),
  ocr: OcrResultSchema.nullable(),
});

export const AvVerdictSchema = z.object({
  verdict: z.enum(['clean', 'infected', 'unavailable']),
  engine: z.string(),
  signature: z.string().nullable(),
  /** Set when the file was moved to quarantine (infected). */
  quarantinedAs: z.string().nullable(),
  warning: z.string().nullable(),
});

export const IntakeSettingsSchema = z
  .object({
    antivirus: z
      .object({
        engine: z.enum(['auto', 'clamd', 'defender', 'none']).default('auto'),
        /** No working scanner: refuse files ('block') or take them with a warning ('warn'). */
        whenUnavailable: z.enum(['block', 'warn']).default('warn'),
        clamdSocket: z.string().max(4096).nullable().default(null),
        clamdHost: z.string().max(255).nullable().default(null),
        clamdPort: z.number().int().min(1).max(65535).nullable().default(null),
        /** Must not exceed clamd's StreamMaxLength: larger files get no verdict (fail closed), never a false "clean". */
        clamdMaxMb: z.number().int().min(1).max(4096).default(25),
      })
      .strict()
      .default({ engine: 'auto', whenUnavailable: 'warn', clamdSocket: null, clamdHost: null, clamdPort: null, clamdMaxMb: 25 }),
    /** Overlay the ĐẾN block on page 1 of registered incoming scans (Phụ lục IV.V; optional). */
    arrivalStamp: z.boolean().default(false),
    hotFolder: z.string().max(4096).nullable().default(null),
    esclDevices: z.array(z.string().url().max(500)).max(20).default([]),
    ocrEngine: z.enum(['auto', 'native', 'wasm']).default('auto'),
  })
  .strict();
export type IntakeSettings = z.output<typeof IntakeSettingsSchema>;

const pageOp = z.discriminatedUnion('op', [
  z.object({ op: z.literal('reorder'), order: z.array(PageId).min(1) }).strict(),
  z
    .object({ op: z.literal('rotate'), pageIds: z.array(PageId).min(1), degrees: z.union([z.literal(90), z.literal(180), z.literal(270)]) })
    .strict(),
  z.object({ op: z.literal('delete'), pageIds: z.array(PageId).min(1) }).strict(),
  z.object({ op: z.literal('move'), pageIds: z.array(PageId).min(1), before: PageId.nullable() }).strict(),
]);

const batchOnly = z.object({ batchId: BatchId }).strict();

export const intakeListDevices = defineOperation({
  name: 'intake.listDevices',
  kind: 'query',
  input: z.object({}).strict(),
  output: z.object({ devices: z.array(z.object({ id: z.string(), label: z.string(), kind: z.string() })), warnings: z.array(z.string()) }),
  summary: 'Scanners reachable now: SANE devices, configured eSCL addresses, NAPS2/WIA on Windows.',
});
export const intakeScan = defineOperation({
  name: 'intake.scan',
  kind: 'command',
  input: ScanInputSchema,
  output: ScanResultSchema,
  summary: 'Scans pages into a (new or given) batch; progress as intake.progress / intake.pageScanned; cancel with intake.cancel.',
});
export const intakeCancel = defineOperation({
  name: 'intake.cancel',
  kind: 'command',
  input: batchOnly,
  output: z.object({ cancelled: z.boolean() }),
  summary: 'Cancels the scan, OCR or assembly running on a batch; finished pages stay.',
});
export const intakeImportFiles = defineOperation({
  name: 'intake.importFiles',
  kind: 'command',
  input: z
    .object({
      paths: z.array(FilePath).min(1).max(200),
      batchId: BatchId.optional(),
      insertBefore: PageId.optional(),
      replacePage: PageId.optional(),
    })
    .strict(),
  output: z.object({ batch: IntakeBatchSchema, added: z.number().int(), warnings: z.array(z.string()) }),
  transports: LOCAL_TRANSPORTS,
  summary: 'Adds PDF, JPEG, PNG or multi-page TIFF files (virus-scanned first) as pages of a batch.',
});
export const intakeListBatches = defineOperation({
  name: 'intake.listBatches',
  kind: 'query',
  input: z.object({ status: BatchStatusSchema.optional() }).strict(),
  output: z.object({ batches: z.array(IntakeBatchSchema), interrupted: z.array(z.string()), unreadable: z.array(z.string()) }),
  summary: 'Batches, newest first; `interrupted` lists batches to offer for resume.',
});
export const intakeGetBatch = defineOperation({
  name: 'intake.getBatch',
  kind: 'query',
  input: batchOnly,
  output: IntakeBatchSchema,
  summary: 'One batch with its pages.',
});
export const intakeResumeBatch = defineOperation({
  name: 'intake.resumeBatch',
  kind: 'command',
  input: batchOnly,
  output: IntakeBatchSchema,
  summary: 'Reopens an interrupted batch with every page it had; scan more into it with intake.scan {batchId}.',
});
export const intakeDiscardBatch = defineOperation({
  name: 'intake.discardBatch',
  kind: 'command',
  input: batchOnly,
  output: IntakeBatchSchema,
  summary: 'Marks a batch discarded (its pages stay on disk until cleanup).',
});
export const intakeEditPages = defineOperation({
  name: 'intake.editPages',
  kind: 'command',
  input: z.object({ batchId: BatchId, edit: pageOp }).strict(),
  output: IntakeBatchSchema,
  summary: 'Page editor: reorder, rotate, delete or move pages of a batch.',
});
export const intakeSplitBatch = defineOperation({
  name: 'intake.splitBatch',
  kind: 'command',
  input: z.object({ batchId: BatchId, startPages: z.array(PageId).min(1) }).strict(),
  output: z.object({ batches: z.array(IntakeBatchSchema) }),
  summary: 'Splits a batch into several documents: each listed page starts a new batch.',
});
export const intakeAssemble = defineOperation({
  name: 'intake.assemble',
  kind: 'command',
  input: AssembleInputSchema,
  output: AssembleResultSchema,
  pathFields: ['out'],
  summary: 'Makes the PDF (colour JPEG 200 dpi by default; optional OCR text layer) and stores it for register.add*.FileSha256.',
});
export const intakeOcr = defineOperation({
  name: 'intake.ocr',
  kind: 'command',
  input: z.object({ path: FilePath.optional(), sha256: Sha.optional(), batchId: BatchId.optional() }).strict(),
  output: OcrResultSchema,
  pathFields: ['path'],
  summary: 'Vietnamese OCR of a PDF/image (path), a stored PDF or a batch; fields of page 1 with confidence.',
});
export const intakeExtractFields = defineOperation({
  name: 'intake.extractFields',
  kind: 'query',
  input: z.object({ text: z.string().max(200_000) }).strict(),
  output: ExtractionSchema,
  summary: 'Reads số/ký hiệu, ngày, cơ quan, tên loại, trích yếu and người ký from page-1 text.',
});
export const intakeAvScan = defineOperation({
  name: 'intake.avScan',
  kind: 'command',
  input: z.object({ path: FilePath }).strict(),
  output: AvVerdictSchema,
  transports: LOCAL_TRANSPORTS,
  summary: 'Virus-scans a file; infected → kind Infected with the virus name, file moved to quarantine, audited.',
});
export const intakeAvStatus = defineOperation({
  name: 'intake.avStatus',
  kind: 'query',
  input: z.object({}).strict(),
  output: z.object({
    engine: z.string(),
    available: z.boolean(),
    version: z.string().nullable(),
    policy: z.enum(['block', 'warn']),
    warning: z.string().nullable(),
  }),
  summary: 'Which antivirus engine is in use and whether it answers.',
});
export const intakeStampArrival = defineOperation({
  name: 'intake.stampArrival',
  kind: 'command',
  input: z
    .object({
      sha256: Sha,
      ArrivalNumber: z.number().int().min(1),
      ArrivalDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: inputText('input.arrivalDateForm') }),
      Chuyen: z.string().max(200).optional(),
      FileNotation: z.string().max(20).optional(),
    })
    .strict(),
  output: z.object({ original: z.string(), file: StoredFileSchema }),
  summary: 'Overlays the 35×50 mm ĐẾN block on page 1 as a new stored revision; the original stays.',
});
export const intakeHotFolderPoll = defineOperation({
  name: 'intake.hotFolderPoll',
  kind: 'command',
  input: z.object({ folder: FilePath.optional(), stableMs: z.number().int().min(0).max(600_000).optional() }).strict(),
  output: z.object({
    imported: z.array(z.object({ name: z.string(), batchId: z.string(), pages: z.number().int() })),
    quarantined: z.array(z.object({ name: z.string(), reason: z.string() })),
    waiting: z.array(z.string()),
  }),
  pathFields: ['folder'],
  summary:
    'One pass over the hot folder: size-stable files become batches (moved to done/), bad ones go to quarantine/ with a reason file.',
});
export const intakeGetSettings = defineOperation({
  name: 'intake.getSettings',
  kind: 'query',
  input: z.object({}).strict(),
  output: IntakeSettingsSchema,
  summary: 'Intake settings (antivirus policy, ĐẾN stamp, hot folder, eSCL addresses, OCR engine).',
});
export const intakeSaveSettings = defineOperation({
  name: 'intake.saveSettings',
  kind: 'command',
  input: IntakeSettingsSchema,
  output: IntakeSettingsSchema,
  summary: 'Saves intake settings (audited).',
});

/** Base64 files from the renderer are bounded like files.importBytes (drag and drop in browser mode). */
const MAX_IMPORT_BASE64_BYTES = 25 * 1024 * 1024;

export const intakeCreateBatch = defineOperation({
  name: 'intake.createBatch',
  kind: 'command',
  input: z.object({ title: z.string().max(300).optional() }).strict(),
  output: IntakeBatchSchema,
  summary: 'Creates an empty open batch, so the UI knows its id (live thumbnails, cancel) before the first page arrives.',
});
export const intakeImportBytes = defineOperation({
  name: 'intake.importBytes',
  kind: 'command',
  input: z
    .object({
      fileName: z
        .string({ error: inputText('input.fileNameMissing') })
        .min(1, { error: inputText('input.fileNameMissing') })
        .max(255),
      dataBase64: z.string({ error: inputText('input.fileDataMissing') }).max(Math.ceil(MAX_IMPORT_BASE64_BYTES / 3) * 4 + 4, {
        error: inputText('input.fileTooBigDrop', { max: MAX_IMPORT_BASE64_BYTES / 1024 / 1024 }),
      }),
      batchId: BatchId.optional(),
      insertBefore: PageId.optional(),
      replacePage: PageId.optional(),
    })
    .strict(),
  output: z.object({ batch: IntakeBatchSchema, added: z.number().int(), warnings: z.array(z.string()) }),
  summary: 'Same as intake.importFiles for one file sent as base64 (drag and drop in the renderer); virus-scanned first.',
});

export const intakeOperations = [
  intakeListDevices,
  intakeScan,
  intakeCancel,
  intakeImportFiles,
  intakeListBatches,
  intakeGetBatch,
  intakeResumeBatch,
  intakeDiscardBatch,
  intakeEditPages,
  intakeSplitBatch,
  intakeAssemble,
  intakeOcr,
  intakeExtractFields,
  intakeAvScan,
  intakeAvStatus,
  intakeStampArrival,
  intakeHotFolderPoll,
  intakeGetSettings,
  intakeSaveSettings,
  intakeCreateBatch,
  intakeImportBytes,
] as const;

export const intakePageScanned = defineEvent({
  name: 'intake.pageScanned',
  payload: z.object({ batchId: z.string(), pageId: z.string(), index: z.number().int(), thumb: z.string().nullable() }),
  summary: 'A page is safely in the batch (on disk).',
});
export const intakeProgress = defineEvent({
  name: 'intake.progress',
  payload: z.object({
    batchId: z.string().nullable(),
    stage: z.enum(['scan', 'import', 'ocr', 'assemble', 'avscan']),
    done: z.number(),
    total: z.number().nullable(),
    percent: z.number().nullable(),
  }),
  summary: 'Progress of a long intake step (throttled).',
});
export const intakeBatchChanged = defineEvent({
  name: 'intake.batchChanged',
  payload: z.object({ batchId: z.string(), status: BatchStatusSchema, pages: z.number().int() }),
  summary: 'A batch changed status or pages (scan ended, edit, split, assembly).',
});
export const intakeEvents = [intakePageScanned, intakeProgress, intakeBatchChanged] as const;
