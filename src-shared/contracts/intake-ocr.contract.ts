/** What OCR reads from a document's first page: the fields, how sure each is, and doubts to show. */
import { z } from 'zod';

export const OcrFieldsSchema = z.object({
  CodeNumber: z.string().nullable(),
  CodeNotation: z.string().nullable(),
  IssuedDate: z.string().nullable(),
  OrganName: z.string().nullable(),
  TypeName: z.string().nullable(),
  Subject: z.string().nullable(),
  SignerName: z.string().nullable(),
  /** Độ mật read from a MẬT / TỐI MẬT / TUYỆT MẬT stamp (box 10a); null or absent when none. */
  Confidentiality: z.enum(['mat', 'toi-mat', 'tuyet-mat']).nullable().optional(),
});
export type OcrFields = z.output<typeof OcrFieldsSchema>;
export const FIELD_NAMES = ['CodeNumber', 'CodeNotation', 'IssuedDate', 'OrganName', 'TypeName', 'Subject', 'SignerName'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

export const ExtractionSchema = z.object({
  fields: OcrFieldsSchema,
  /** 0–1 per field: how sure the reading is (0 when not found). The clerk confirms every field. */
  confidence: z.record(z.string(), z.number()),
  /** Doubts to show beside the fields (e.g. a ký hiệu that does not follow the ND30 pattern). */
  flags: z.array(
    z.object({
      field: z.string(),
      code: z.string(),
      message: z.string(),
      /** The text's key in the error catalog and its params, for the window to word it in its language. */
      key: z.string().optional(),
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    }),
  ),
});
export type Extraction = z.output<typeof ExtractionSchema>;

export const OcrResultSchema = ExtractionSchema.extend({
  text: z.string(),
  engine: z.string(),
  pages: z.array(
    z.object({ page: z.number().int(), chars: z.number().int(), meanConfidence: z.number(), angle: z.number(), ms: z.number() }),
  ),
});
