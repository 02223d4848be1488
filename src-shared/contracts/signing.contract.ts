/**
 * Digital signing with the agency's USB token (PKCS#11) and verification of signed PDFs.
 *
 * Files travel as PATHS on the machine running the main process (CLI, Electron main after a file
 * dialog), like `files.import`: a PDF can be 200 MB and the wire carries no raw bytes
 * (architecture §2). The renderer signs files already in the store, by sha256: see
 * `signing-stored.contract.ts` (appended to `signingOperations` below).
 * Outputs are written to a temp file, checked, then renamed over `outputPath` — never half-written.
 *
 * `signing.sign` and `signing.signBatch` are `sensitive`: their input (the PIN) is never logged,
 * and the PIN lives only in main-process memory for the duration of the call.
 */
import { z } from 'zod';
import { defineEvent, defineOperation, LOCAL_TRANSPORTS } from '../rpc/define';
import {
  filePath,
  ModuleReportSchema,
  PdfVerificationFields,
  SignDocumentSchema,
  SignResultSchema,
  TokenRefSchema,
} from './signing-model.contract';
import { signingStoredOperations } from './signing-stored.contract';
import { inputText } from './input-text';

export * from './signing-model.contract';
export * from './signing-stored.contract';

export const signingListTokens = defineOperation({
  name: 'signing.listTokens',
  kind: 'query',
  input: z
    .object({
      /** Probe only this library (command line); otherwise every known Vietnamese token library found on this machine. */
      modulePath: filePath('Thư viện PKCS#11').optional(),
      extraModulePaths: z.array(filePath('Thư viện PKCS#11')).max(20).default([]),
      /**
       * Probe the library selected in the signing settings. A window asks this way: it never names a
       * library path (loading one runs its code), it picks from `signing.listModules` through
       * `signing.saveSettings`, and only the command line adds a library that is not known.
       */
      selected: z.literal(true).optional(),
    })
    .strict()
    .refine((v) => !(v.selected && (v.modulePath !== undefined || v.extraModulePaths.length > 0)), {
      error: inputText('input.moduleOneOf'),
    }),
  output: z.object({ modules: z.array(ModuleReportSchema) }),
  pathFields: ['modulePath', 'extraModulePaths'],
  summary: 'Tokens and certificates, without a PIN; each vendor library is probed in a child process.',
});

export const signingSign = defineOperation({
  name: 'signing.sign',
  kind: 'command',
  sensitive: true,
  input: TokenRefSchema.extend(SignDocumentSchema.shape).strict(),
  output: SignResultSchema,
  transports: LOCAL_TRANSPORTS,
  summary: 'Signs one PDF (PAdES, incremental) with the ND30 appearance; verifies it before writing.',
});

export const signingSignBatch = defineOperation({
  name: 'signing.signBatch',
  kind: 'command',
  sensitive: true,
  input: TokenRefSchema.extend({ documents: z.array(SignDocumentSchema).min(1).max(500) }).strict(),
  output: z.object({
    results: z.array(
      z.discriminatedUnion('ok', [
        z.object({ ok: z.literal(true), inputPath: z.string(), result: SignResultSchema }),
        z.object({ ok: z.literal(false), inputPath: z.string(), error: z.object({ kind: z.string(), message: z.string() }) }),
      ]),
    ),
    signed: z.number().int(),
    failed: z.number().int(),
  }),
  transports: LOCAL_TRANSPORTS,
  summary: 'Signs many PDFs with one PIN entry; one result per document; a failure does not stop the batch.',
});

export const signingVerify = defineOperation({
  name: 'signing.verify',
  kind: 'query',
  input: z
    .object({
      path: filePath('Tệp PDF cần kiểm tra'),
      /** Extra trust anchors (PEM/DER files in these folders), trusted as given. */
      trustDirs: z.array(filePath('Thư mục chứng thư tin cậy')).max(10).default([]),
    })
    .strict(),
  output: z.object({ path: z.string(), sha256: z.string(), ...PdfVerificationFields }),
  transports: LOCAL_TRANSPORTS,
  summary: 'Verifies every signature of a PDF: integrity, signer, chain to the pinned Vietnamese roots, later changes.',
});

export const signingImportTrust = defineOperation({
  name: 'signing.importTrust',
  kind: 'command',
  input: z
    .object({
      /** PEM/DER certificate files (downloaded from ca.gov.vn / rootca.gov.vn, or given by the issuer). */
      paths: z.array(filePath('Tệp chứng thư')).min(1).max(50),
      /**
       * false (default): accepted only when the SHA-256 fingerprint matches a confirmed pin in
       * resources/trust/pins.json. true: the administrator adds these as extra trusted roots.
       */
      asUserAnchor: z.boolean().default(false),
    })
    .strict(),
  output: z.object({
    accepted: z.array(
      z.object({ file: z.string(), commonName: z.string(), sha256: z.string(), role: z.enum(['root', 'intermediate', 'user-anchor']) }),
    ),
    rejected: z.array(z.object({ file: z.string(), reason: z.string() })),
  }),
  transports: LOCAL_TRANSPORTS,
  summary: "Adds CA certificates to this data folder's trust store: pinned Vietnamese CAs by fingerprint, or administrator roots.",
});

export const signingOperations = [
  signingListTokens,
  signingSign,
  signingSignBatch,
  signingVerify,
  signingImportTrust,
  ...signingStoredOperations,
] as const;

export const signingBatchProgressed = defineEvent({
  name: 'signing.batchProgressed',
  payload: z.object({
    index: z.number().int(),
    total: z.number().int(),
    /** The input path; for stored files (`signing.signStoredBatch`) the source sha256. */
    inputPath: z.string(),
    ok: z.boolean(),
    message: z.string().optional(),
    /** Stored-file batches: the id the caller gave the batch, the source file, its register entry and the new file. */
    batchId: z.string().optional(),
    sha256: z.string().optional(),
    entryId: z.string().optional(),
    signedSha256: z.string().optional(),
  }),
  summary: 'One document of a batch has been signed (or refused); the UI moves its progress bar.',
});

export const signingEvents = [signingBatchProgressed] as const;
