/**
 * Importing a register from a spreadsheet (.xlsx/.csv): the column mapping, the preview and the
 * import itself — part of the books operations (books.contract.ts lists them).
 * Import is all-or-nothing per file unless SkipBadRows; imported rows keep their numbers and the
 * register continues after the highest number of each series and year.
 */
import { z } from 'zod';
import { defineOperation } from '../rpc/define';
import { DirectionSchema } from './register.contract';
import { inputIssue, inputText } from './input-text';

/** Import fields: the book columns plus what the register keeps separately. */
export const IMPORT_FIELDS = [
  'ArrivalDate',
  'ArrivalNumber',
  'OrganName',
  'SoKyHieu',
  'CodeNumber',
  'CodeNotation',
  'IssuedDate',
  'TypeName',
  'Subject',
  'ToPlaces',
  'Signer',
  'Recipients',
  'ArchiveKeeper',
  'IssuedAmount',
  'TransferDate',
  'Description',
  'Priority',
  'Confidentiality',
  'Medium',
  'DueDate',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

const DIRECTION_ONLY: Record<ImportField, 'den' | 'di' | null> = {
  ArrivalDate: 'den',
  ArrivalNumber: 'den',
  OrganName: 'den',
  ToPlaces: 'den',
  Recipients: 'di',
  ArchiveKeeper: 'di',
  IssuedAmount: 'di',
  SoKyHieu: null,
  CodeNumber: null,
  CodeNotation: null,
  IssuedDate: null,
  TypeName: null,
  Subject: null,
  Signer: null,
  TransferDate: null,
  Description: null,
  Priority: null,
  Confidentiality: null,
  Medium: null,
  DueDate: null,
};

/** The fields an import of each direction understands (others are refused in a mapping), in IMPORT_FIELDS order. */
export const IMPORT_FIELDS_OF: Readonly<Record<'den' | 'di', readonly ImportField[]>> = {
  den: IMPORT_FIELDS.filter((f) => DIRECTION_ONLY[f] !== 'di'),
  di: IMPORT_FIELDS.filter((f) => DIRECTION_ONLY[f] !== 'den'),
};

const ColumnRef = z.union([z.string().min(1).max(200), z.number().int().min(1).max(200), z.null()]);

/** Column mapping (CLI --mapping file, or the mapping step of the UI). Every key is optional. */
export const ImportMappingSchema = z
  .object({
    /** Sheet name or 1-based index (xlsx); the first sheet with data when absent. */
    Sheet: z.union([z.string().min(1).max(100), z.number().int().min(1).max(100)]).optional(),
    /** 1-based row of the column headers; found automatically when absent. */
    HeaderRow: z.number().int().min(1).max(100).optional(),
    /** Force an encoding for every cell; 'auto' decides per cell. */
    Encoding: z.enum(['auto', 'unicode', 'tcvn3', 'vni']).optional(),
    /** Field → header text, column letter ("C") or 1-based column number; null leaves a field unmapped. */
    Columns: z.partialRecord(z.enum(IMPORT_FIELDS), ColumnRef).optional(),
  })
  .strict();
export type ImportMapping = z.output<typeof ImportMappingSchema>;

/** Largest spreadsheet accepted (a year of a big agency's register is a few MB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const importSource = {
  Direction: DirectionSchema,
  /** A file on this machine (CLI, Electron file dialog). */
  Path: z.string().min(1).max(4096).optional(),
  /** Or the bytes (renderer upload), base64. */
  DataBase64: z
    .string()
    .max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 4, { error: inputText('input.importTooBig', { max: MAX_IMPORT_BYTES / 1048576 }) })
    .optional(),
  FileName: z.string().max(255).optional(),
  Mapping: ImportMappingSchema.optional(),
};

const sourceCheck = (
  v: { Path?: string | undefined; DataBase64?: string | undefined; FileName?: string | undefined },
  ctx: z.RefinementCtx,
) => {
  if ((v.Path === undefined) === (v.DataBase64 === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['Path'], ...inputIssue('input.importOneSource') });
  }
  if (v.DataBase64 !== undefined && !v.FileName)
    ctx.addIssue({ code: 'custom', path: ['FileName'], ...inputIssue('input.importFileName') });
};

/** A reason with its catalog key and params (error-texts/fill.ts KeyedText), for the window to word in its language. */
const KeyedTextSchema = z.object({
  message: z.string(),
  code: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
/** A refused row: its reasons in Vietnamese (`Reasons`, what the CLI prints) and the same reasons keyed (`Keyed`). */
export const RejectedRowSchema = z.object({ Row: z.number().int(), Reasons: z.array(z.string()), Keyed: z.array(KeyedTextSchema) });
export type RejectedRow = z.output<typeof RejectedRowSchema>;

export const ImportColumnSchema = z.object({
  Index: z.number().int(),
  Letter: z.string(),
  Header: z.string(),
  Field: z.enum(IMPORT_FIELDS).nullable(),
});

export const ImportPreviewSchema = z.object({
  FileName: z.string(),
  Format: z.enum(['xlsx', 'csv']),
  Sheet: z.string().nullable(),
  HeaderRow: z.number().int(),
  Columns: z.array(ImportColumnSchema),
  /** What was found in the text cells: 'unicode', 'tcvn3', 'vni' or 'mixed', and how many cells were converted. */
  Encoding: z.object({
    Detected: z.enum(['unicode', 'tcvn3', 'vni', 'mixed']),
    ConvertedCells: z.number().int(),
    ByEncoding: z.record(z.string(), z.number().int()),
  }),
  DataRows: z.number().int(),
  Accepted: z.number().int(),
  /** At most 500 listed; RejectedCount has them all. */
  Rejected: z.array(RejectedRowSchema),
  RejectedCount: z.number().int(),
  /** The first rows as they would be stored (converted to Unicode NFC, dates as YYYY-MM-DD). */
  Preview: z.array(z.object({ Row: z.number().int(), Values: z.record(z.string(), z.string().nullable()) })),
  /** Notes for the clerk in Vietnamese (what the CLI prints), and the same notes keyed (`KeyedWarnings`) for the screen. */
  Warnings: z.array(z.string()),
  KeyedWarnings: z.array(KeyedTextSchema),
  /** After the import, each (year, series) continues from Next. */
  Continues: z.array(z.object({ Year: z.number().int(), Series: z.string(), Highest: z.number().int(), Next: z.number().int() })),
});
export type ImportPreview = z.output<typeof ImportPreviewSchema>;

export const booksImportPreview = defineOperation({
  name: 'books.importPreview',
  kind: 'query',
  input: z.object(importSource).strict().superRefine(sourceCheck),
  output: ImportPreviewSchema,
  // Not secret, but the input may hold megabytes of base64 that must not reach a log line.
  sensitive: true,
  pathFields: ['Path'],
  summary: 'Reads a spreadsheet, maps its columns, converts legacy encodings and checks every row, without writing.',
});

export const booksImport = defineOperation({
  name: 'books.import',
  kind: 'command',
  input: z
    .object({ ...importSource, SkipBadRows: z.boolean().optional().default(false) })
    .strict()
    .superRefine(sourceCheck),
  output: ImportPreviewSchema.extend({ Imported: z.number().int() }),
  sensitive: true,
  pathFields: ['Path'],
  summary:
    'Imports a register from .xlsx/.csv: all rows or none (unless SkipBadRows); numbers are kept and the register continues after the highest.',
});
