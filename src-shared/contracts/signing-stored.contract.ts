/**
 * Signing files that live in the content-addressed store, by sha256 — what the renderer uses
 * (architecture §2: files travel by id). The signed PDF is stored as a NEW file (new sha256); the
 * original is never touched. When the file belongs to a register entry, the signed file becomes the
 * entry's next revision (`register_entry_revision`, append-only, one chain per entry) and the
 * signing is written to the entry's audit history.
 *
 * `signing.signStored` and `signing.signStoredBatch` are `sensitive` (the PIN is never logged).
 * Signing settings (PKCS#11 module, the agency's seal and the leader's signature images) are kept
 * per data folder so the clerk configures them once.
 */
import { z } from 'zod';
import { defineOperation } from '../rpc/define';
import {
  appearanceSchema,
  filePath,
  PdfVerificationFields,
  SIGNATURE_DETAILS,
  SignResultSchema,
  TokenRefSchema,
} from './signing-model.contract';
import { inputText } from './input-text';

const Sha256 = z.string({ error: inputText('input.sha256Missing') }).regex(/^[0-9a-f]{64}$/, { error: inputText('input.sha256Lower') });
const EntryId = z
  .string()
  .trim()
  .min(1, { error: inputText('input.registerEntryMissing') })
  .max(64);

/** lãnh đạo ký (signer), văn thư đóng dấu (seal), phụ lục tách tệp (attachment), bản sao điện tử (copy). */
export const SIGNING_ROLES = ['signer', 'seal', 'attachment', 'copy'] as const;
export type SigningRole = (typeof SIGNING_ROLES)[number];

/**
 * The ND30 appearance for a stored file. Images are stored files too; without `imageSha256` the
 * data folder's saved signature image (signer) or seal image (seal) is used.
 */
export const StoredAppearanceSchema = appearanceSchema({ imageSha256: Sha256.optional() }, { imageSha256: Sha256.optional() });
export const StoredDocumentSchema = z.object({
  sha256: Sha256,
  /** The register entry the file belongs to: the file must be the entry's current revision. */
  entryId: EntryId.optional(),
  appearance: StoredAppearanceSchema,
  ...SIGNATURE_DETAILS,
});
export type StoredDocumentInput = z.input<typeof StoredDocumentSchema>;

/** Token reference; the module defaults to the one saved in the signing settings. */
const StoredTokenRefSchema = TokenRefSchema.extend({ modulePath: filePath('Thư viện PKCS#11 của token').optional() });

export const RevisionSchema = z.object({
  seq: z.number().int(),
  entryId: z.string(),
  sha256: z.string(),
  /** The file this revision was signed from (the entry's file, or the previous revision). */
  parentSha256: z.string(),
  role: z.enum(SIGNING_ROLES),
  fieldName: z.string(),
  signer: z.string(),
  organization: z.string(),
  signingTime: z.string(),
  level: z.enum(['B-B', 'B-T']),
  numberStamped: z.boolean(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type Revision = z.output<typeof RevisionSchema>;

export const StoredSignResultSchema = SignResultSchema.omit({ inputPath: true, outputPath: true }).extend({
  sourceSha256: z.string(),
  entryId: z.string().nullable(),
  revision: RevisionSchema.nullable(),
});
export type StoredSignResult = z.output<typeof StoredSignResultSchema>;

export const StoredBatchResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), sha256: z.string(), entryId: z.string().nullable(), result: StoredSignResultSchema }),
  z.object({
    ok: z.literal(false),
    sha256: z.string(),
    entryId: z.string().nullable(),
    error: z.object({ kind: z.string(), message: z.string() }),
  }),
]);
export type StoredBatchResult = z.output<typeof StoredBatchResultSchema>;

export const SignatureImageSchema = z.object({
  sha256: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  /** Physical size from the PNG's pHYs chunk; null when the PNG does not record its DPI. */
  widthMm: z.number().nullable(),
  heightMm: z.number().nullable(),
});
export type SignatureImage = z.output<typeof SignatureImageSchema>;

export const SigningSettingsSchema = z.object({
  /** The PKCS#11 library of the agency's token (chosen from the discovered ones or typed). */
  modulePath: z.string().nullable(),
  /** Custom library paths the clerk added; probed with the discovered ones. */
  customModulePaths: z.array(z.string()),
  /** The competent person's signature (blue, transparent PNG). */
  signatureImage: SignatureImageSchema.nullable(),
  /** The agency's seal (red, transparent PNG, real size). */
  sealImage: SignatureImageSchema.nullable(),
  /** Seal diameter when the seal PNG does not record its DPI. */
  sealSizeMm: z.number().nullable(),
  tsaUrl: z.string().nullable(),
  /** Last token used, and the certificate (CKA_ID) last used for each role: preselected next time. */
  lastToken: z.string().nullable(),
  keyByRole: z.partialRecord(z.enum(SIGNING_ROLES), z.string()),
});
export type SigningSettings = z.output<typeof SigningSettingsSchema>;

export const signingSignStored = defineOperation({
  name: 'signing.signStored',
  kind: 'command',
  sensitive: true,
  input: StoredTokenRefSchema.extend(StoredDocumentSchema.shape).strict(),
  output: StoredSignResultSchema,
  // A window signs with the library selected in the settings; only the command line names another.
  pathFields: ['modulePath'],
  summary:
    'Signs a stored PDF (by sha256); the signed PDF is stored as a new file and, for a register entry, recorded as its next revision.',
});

export const signingSignStoredBatch = defineOperation({
  name: 'signing.signStoredBatch',
  kind: 'command',
  sensitive: true,
  input: StoredTokenRefSchema.extend({
    documents: z
      .array(StoredDocumentSchema)
      .min(1, { error: inputText('input.signNothingChosen') })
      .max(500),
    /** Chosen by the caller; echoed in `signing.batchProgressed` so a window follows only its own batch. */
    batchId: z.string().trim().min(1).max(64).optional(),
  }).strict(),
  output: z.object({ results: z.array(StoredBatchResultSchema), signed: z.number().int(), failed: z.number().int() }),
  pathFields: ['modulePath'],
  summary: 'Signs many stored PDFs with one PIN entry; progress events; one result per document; a failure does not stop the batch.',
});

export const signingVerifyStored = defineOperation({
  name: 'signing.verifyStored',
  kind: 'query',
  input: z.object({ sha256: Sha256 }).strict(),
  output: z.object({ sha256: z.string(), ...PdfVerificationFields }),
  summary: 'Verifies every signature of a stored PDF (same verdicts as signing.verify).',
});

export const signingListRevisions = defineOperation({
  name: 'signing.listRevisions',
  kind: 'query',
  input: z.object({ entryIds: z.array(EntryId).min(1).max(500) }).strict(),
  output: z.object({
    entries: z.array(
      z.object({
        entryId: z.string(),
        /** The file registered with the entry (never changes). */
        originalSha256: z.string().nullable(),
        /** The newest signed revision, else the registered file: what the next signature applies to. */
        currentSha256: z.string().nullable(),
        revisions: z.array(RevisionSchema),
      }),
    ),
  }),
  summary: 'Signed revisions of register entries, oldest first, with the current file of each.',
});

export const signingGetSettings = defineOperation({
  name: 'signing.getSettings',
  kind: 'query',
  input: z.object({}).strict(),
  output: SigningSettingsSchema,
  summary: 'Signing settings of this data folder: token library, signature and seal images, TSA.',
});

export const signingSaveSettings = defineOperation({
  name: 'signing.saveSettings',
  kind: 'command',
  input: z
    .object({
      /** One of `signing.listModules` (a known library found on this machine, or one added from the command line). */
      modulePath: filePath('Thư viện PKCS#11').nullable().optional(),
      /** Adds this library to the custom paths (when it exists) and selects it: command line only. */
      addCustomModulePath: filePath('Thư viện PKCS#11').optional(),
      sealSizeMm: z.number().min(10).max(80).nullable().optional(),
      tsaUrl: z
        .string()
        .trim()
        .url({ error: inputText('input.tsaUrlInvalid') })
        .max(2048)
        .nullable()
        .optional(),
      lastToken: z.string().trim().min(1).max(64).nullable().optional(),
      keyByRole: z.partialRecord(z.enum(SIGNING_ROLES), z.string().regex(/^[0-9a-f]{1,64}$/)).optional(),
    })
    .strict(),
  output: SigningSettingsSchema,
  pathFields: ['addCustomModulePath'],
  summary: 'Changes signing settings (only the fields given); the library is one of signing.listModules, or added from the command line.',
});

export const signingSaveImage = defineOperation({
  name: 'signing.saveImage',
  kind: 'command',
  input: z
    .object({
      kind: z.enum(['signature', 'seal'], { error: inputText('input.imageKind') }),
      fileName: z.string().max(255).nullable().optional(),
      dataBase64: z
        .string({ error: inputText('input.imageDataMissing') })
        .max(Math.ceil((8 * 1024 * 1024) / 3) * 4 + 4, { error: inputText('input.imageTooBig') }),
    })
    .strict(),
  output: z.object({ image: SignatureImageSchema, settings: SigningSettingsSchema }),
  summary: "Stores the leader's signature or the agency seal (transparent PNG) by sha256 and makes it the default for its role.",
});

export const signingListModules = defineOperation({
  name: 'signing.listModules',
  kind: 'query',
  input: z.object({}).strict(),
  output: z.object({
    modules: z.array(z.object({ path: z.string(), name: z.string(), exists: z.boolean(), custom: z.boolean(), selected: z.boolean() })),
  }),
  summary: 'PKCS#11 libraries found on this machine (known Vietnamese token vendors) plus custom paths; nothing is loaded.',
});

export const signingStoredOperations = [
  signingSignStored,
  signingSignStoredBatch,
  signingVerifyStored,
  signingListRevisions,
  signingGetSettings,
  signingSaveSettings,
  signingSaveImage,
  signingListModules,
] as const;
