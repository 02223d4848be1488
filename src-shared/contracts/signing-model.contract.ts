/**
 * Shared schemas of the signing contracts: verdicts, placement rectangles, ND30 appearances, token
 * references, signature reports and sign results. Operations live in `signing.contract.ts`
 * (files by path) and `signing-stored.contract.ts` (files in the content-addressed store).
 */
import { z } from 'zod';
import { inputFieldCode, inputText } from './input-text';

export const VERDICTS = [
  'VALID',
  'VALID_WITH_LATER_SIGNATURES',
  'MODIFIED_AFTER_SIGNING',
  'INVALID_DIGEST',
  'INVALID_SIGNATURE',
  'UNTRUSTED_CHAIN',
  'EXPIRED',
  'MALFORMED',
] as const;
export type Verdict = (typeof VERDICTS)[number];

export const filePath = (label: string) =>
  z
    .string({ error: inputText('input.labelRequired', { field: inputFieldCode(label) }) })
    .trim()
    .min(1, { error: inputText('input.labelBlank', { field: inputFieldCode(label) }) })
    .max(4096, { error: inputText('input.labelTooLong', { field: inputFieldCode(label) }) });

export const RectSchema = z.object({
  x: z.number().finite().min(0).max(14400),
  y: z.number().finite().min(0).max(14400),
  width: z
    .number()
    .finite()
    .min(5, { error: inputText('input.signatureAreaSmall') })
    .max(14400),
  height: z
    .number()
    .finite()
    .min(5, { error: inputText('input.signatureAreaSmall') })
    .max(14400),
});

export const COPY_FORMS = ['SAO Y', 'SAO LỤC', 'TRÍCH SAO'] as const;

/**
 * Nghị định 30/2020 Phụ lục I appearances: `signer` (competent person, blue signature image),
 * `seal` (agency, red seal over the left third of the signer image), `attachment` (separate-file
 * appendix: number and time, top right of page 1), `copy` (electronic copy: form, agency, time).
 * The signer's and the seal's image field is the caller's: a path here, a stored file in signing-stored.
 */
export function appearanceSchema<Signer extends z.ZodRawShape, Seal extends z.ZodRawShape>(signerImage: Signer, sealImage: Seal) {
  const placement = { page: z.number().int().min(1).optional(), rect: RectSchema.optional() };
  return z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('signer'),
      ...signerImage,
      ...placement,
      /** Name looked up in the text layer to place the image; defaults to the certificate's CN. */
      signerName: z.string().trim().min(1).max(200).optional(),
    }),
    z.object({
      kind: z.literal('seal'),
      ...sealImage,
      ...placement,
      /** Real seal width in millimetres, when the PNG does not record its DPI. */
      sealSizeMm: z.number().min(10).max(80).optional(),
    }),
    z.object({ kind: z.literal('attachment') }),
    z.object({
      kind: z.literal('copy'),
      copyForm: z.enum(COPY_FORMS).default('SAO Y'),
      /** Copying agency; defaults to the certificate's CN (an agency certificate names the agency). */
      agencyName: z.string().trim().min(1).max(200).optional(),
    }),
  ]);
}
export const AppearanceSchema = appearanceSchema({ imagePath: filePath('Ảnh chữ ký (PNG)') }, { imagePath: filePath('Ảnh con dấu (PNG)') });

/** What a signature stamps and records besides its appearance, whether the file is given by path or stored. */
export const SIGNATURE_DETAILS = {
  /** "05/QĐ-UBND": stamped into the empty "Số:" line (first signature only) and shown on attachments. */
  number: z.string().trim().min(3).max(60).optional(),
  /** Issue date YYYY-MM-DD for the date line; defaults to today in Vietnam. */
  issuedDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: inputText('input.issuedDateForm') })
    .optional(),
  reason: z.string().trim().max(200).optional(),
  location: z.string().trim().max(200).optional(),
};

export const SignDocumentSchema = z.object({
  inputPath: filePath('Tệp PDF cần ký'),
  outputPath: filePath('Tệp PDF kết quả'),
  appearance: AppearanceSchema,
  ...SIGNATURE_DETAILS,
  overwrite: z.boolean().default(false),
});
export type SignDocumentInput = z.input<typeof SignDocumentSchema>;

export const TokenRefSchema = z.object({
  modulePath: filePath('Thư viện PKCS#11 của token'),
  /** Token label or serial number. */
  token: z
    .string()
    .trim()
    .min(1, { error: inputText('input.tokenNotChosen') })
    .max(64),
  /** CKA_ID (hex) of the certificate/key; optional when the token holds one signing certificate. */
  keyId: z
    .string()
    .trim()
    .regex(/^[0-9a-fA-F]{1,64}$/, { error: inputText('input.ckaIdHex') })
    .optional(),
  pin: z
    .string({ error: inputText('input.pinMissing') })
    .min(4, { error: inputText('input.pinShort') })
    .max(64, { error: inputText('input.pinLong') }),
  /** The clerk has seen the "last try before the token locks" warning and wants to try anyway. */
  acceptFinalTry: z.boolean().default(false),
  /** RFC 3161 server for PAdES B-T; without it, or offline, the signature is B-B (said in warnings). */
  tsaUrl: z
    .string()
    .trim()
    .url({ error: inputText('input.tsaUrlInvalid') })
    .max(2048)
    .optional(),
});

const ChainEntrySchema = z.object({
  commonName: z.string(),
  subject: z.string(),
  sha256: z.string(),
  notBefore: z.string(),
  notAfter: z.string(),
  anchor: z.boolean(),
});

export const SignatureReportSchema = z.object({
  fieldName: z.string(),
  verdict: z.enum(VERDICTS),
  message: z.string(),
  signer: z.string(),
  organization: z.string(),
  subject: z.string().optional(),
  issuer: z.string().optional(),
  serialNumber: z.string().optional(),
  certificateSha256: z.string().optional(),
  /** The moment the chain was judged at (timestamp time, else the claimed time), ISO +07:00. */
  signingTime: z.string().optional(),
  claimedSigningTime: z.string().optional(),
  timeSource: z.enum(['timestamp', 'claimed']),
  timestamp: z.object({ time: z.string(), tsa: z.string(), valid: z.boolean() }).optional(),
  subFilter: z.string(),
  level: z.enum(['PAdES-B-B', 'PAdES-B-T', 'PKCS7', 'unknown']),
  reason: z.string().optional(),
  location: z.string().optional(),
  coversWholeFile: z.boolean(),
  byteRange: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
  chain: z.array(ChainEntrySchema),
  chainTrusted: z.boolean(),
  revocation: z.literal('not-checked'),
  problems: z.array(z.string()),
  notes: z.array(z.string()),
});
export type SignatureReport = z.output<typeof SignatureReportSchema>;

/** What a verification found in the file as a whole, besides each signature's verdict. */
export const PdfVerificationFields = {
  /** unsigned: no trace of a signature; signed: every signature read; damaged: signed, but a signature cannot be read whole. */
  fileState: z.enum(['unsigned', 'signed', 'damaged']),
  /** For `damaged`: what is wrong with the file, for the clerk. */
  damage: z.string().optional(),
  signatures: z.array(SignatureReportSchema),
  /** True only when the file is `signed` and every signature is VALID or VALID_WITH_LATER_SIGNATURES. */
  allValid: z.boolean(),
};

export const SignResultSchema = z.object({
  inputPath: z.string(),
  outputPath: z.string(),
  sha256: z.string(),
  bytes: z.number().int(),
  fieldName: z.string(),
  level: z.enum(['B-B', 'B-T']),
  signingTime: z.string(),
  timestampTime: z.string().optional(),
  signer: z.string(),
  organization: z.string(),
  page: z.number().int(),
  rect: RectSchema,
  numberStamped: z.boolean(),
  warnings: z.array(z.string()),
  /** Our verifier's verdict on the new signature (integrity is guaranteed; trust depends on the store). */
  verification: SignatureReportSchema,
});
export type SignResult = z.output<typeof SignResultSchema>;

const PinStatusSchema = z.object({
  countLow: z.boolean(),
  finalTry: z.boolean(),
  locked: z.boolean(),
  toBeChanged: z.boolean(),
  protectedPath: z.boolean(),
});

export const TokenCertificateSchema = z.object({
  id: z.string(),
  label: z.string(),
  commonName: z.string(),
  organization: z.string(),
  subject: z.string(),
  issuer: z.string(),
  serialNumber: z.string(),
  notBefore: z.string(),
  notAfter: z.string(),
  keyAlgorithm: z.enum(['RSA', 'EC', 'other']),
  isCA: z.boolean(),
  canSign: z.boolean(),
  expired: z.boolean(),
});

export const ModuleReportSchema = z.object({
  modulePath: z.string(),
  ok: z.boolean(),
  failure: z.enum(['not-found', 'load-failed', 'crashed', 'timeout']).optional(),
  message: z.string().optional(),
  /** The error key and params of `message`, so the window words it in its language. */
  code: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  library: z.object({ description: z.string(), manufacturer: z.string(), version: z.string() }).optional(),
  tokens: z.array(
    z.object({
      label: z.string(),
      serialNumber: z.string(),
      manufacturer: z.string(),
      model: z.string(),
      pin: PinStatusSchema,
      /** Shown before the PIN dialog: locked, last try, tries already used. */
      pinWarning: z.string().optional(),
      certificates: z.array(TokenCertificateSchema),
    }),
  ),
});
export type ModuleReport = z.output<typeof ModuleReportSchema>;
