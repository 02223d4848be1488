/**
 * The edXML (QCVN 102:2016) packet model as JSON. Field names are the edXML element names
 * (PascalCase, including the official `Bussiness` spelling), so a parsed packet, the build input of
 * `vanthu edxml build` and the register speak one language. Dates are "YYYY-MM-DD" and timestamps
 * ISO 8601 with offset on the wire; the codec converts to `yyyy/MM/dd` and `yyyy/MM/dd HH:mm:ss`
 * in Vietnam time. An absent element is an absent key; an empty element is "".
 */
import { z } from 'zod';
import { checkAgencyCode, parseIsoDate } from '../domain';
import { inputText } from './input-text';

export const EDXML_NAMESPACE = 'http://www.mic.gov.vn/TBT/QCVN_102_2016';

/** The nine status codes of QĐ 28 / QCVN 102 (edxml.md §C.2). */
export const STATUS_CODES = ['01', '02', '03', '04', '05', '06', '13', '15', '16'] as const;
export const StatusCodeSchema = z.enum(STATUS_CODES, { error: inputText('input.statusCode') });
export type StatusCode = z.output<typeof StatusCodeSchema>;

/** Description texts of the official VPCP sample status packets, used when the caller gives none. */
export const STATUS_DESCRIPTIONS: Readonly<Record<StatusCode, string>> = Object.freeze({
  '01': 'Đã đến - Phần mềm QLVB đã nhận nhưng văn thư chưa xử lý',
  '02': 'Từ chối không tiếp nhận văn bản điện tử',
  '03': 'Tiếp nhận văn bản điện tử, vào sổ văn bản đến của đơn vị',
  '04': 'Lãnh đạo: Phân công xử lý',
  '05': 'Đang xử lý văn bản đến',
  '06': 'Văn thư: Ban hành văn bản đến, hoàn thành xử lý',
  '13': 'Văn thư yêu cầu lấy lại văn bản điện tử kèm lý do',
  '15': 'Văn thư đồng ý yêu cầu cập nhật, lấy lại',
  '16': 'Văn thư từ chối yêu cầu cập nhật, lấy lại',
});

export const BUSINESS_DOC_REASONS: Readonly<Record<0 | 1 | 2 | 3, string>> = Object.freeze({
  0: 'Văn bản điện tử mới',
  1: 'Thu hồi văn bản điện tử',
  2: 'Cập nhật văn bản điện tử',
  3: 'Văn bản thay thế',
});

const str = (max: number) => z.string().max(max, { error: inputText('input.edxmlMax', { max }) });
const opt = (max: number) => str(max).optional();

export const IsoDateSchema = z.string().refine((s) => parseIsoDate(s).ok, { error: inputText('input.edxmlDate') });
export const IsoInstantSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/, { error: inputText('input.edxmlInstant') });

export const AgencyCodeSchema = z.string().transform((s, ctx) => {
  const r = checkAgencyCode(s);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: r.message });
    return z.NEVER;
  }
  return r.code;
});

export const OrganizationSchema = z.object({
  OrganId: z
    .string()
    .min(1, { error: inputText('input.organIdBlank') })
    .max(100),
  OrganizationInCharge: opt(500),
  OrganName: str(500),
  OrganAdd: opt(500),
  Email: opt(200),
  Telephone: opt(100),
  Fax: opt(100),
  Website: opt(200),
});
export type Organization = z.output<typeof OrganizationSchema>;

export const ResponseForSchema = z.object({
  OrganId: opt(100),
  /** "number/notation", e.g. "125/STT-VP". */
  Code: opt(100),
  PromulgationDate: IsoDateSchema.nullable().optional(),
  DocumentId: opt(300),
});
export type ResponseFor = z.output<typeof ResponseForSchema>;

export const StaffInfoSchema = z.object({
  Department: opt(300),
  DepartmentId: opt(100),
  Staff: opt(300),
  StaffId: opt(100),
  Email: opt(200),
  Mobile: opt(100),
});
export type StaffInfo = z.output<typeof StaffInfoSchema>;

export const EdocHeaderSchema = z.object({
  From: OrganizationSchema,
  To: z.array(OrganizationSchema).max(2000),
  DocumentId: str(300),
  Code: z.object({ CodeNumber: str(50), CodeNotation: str(100) }),
  PromulgationInfo: z.object({ Place: str(200), PromulgationDate: IsoDateSchema.nullable() }),
  DocumentType: z.object({ Type: z.number().int(), TypeDetail: z.number().int(), TypeName: str(200) }),
  Subject: str(2000),
  Content: opt(100_000),
  SignerInfo: z.object({ Competence: opt(200), Position: opt(200), FullName: str(200) }),
  DueDate: IsoDateSchema.nullable().optional(),
  OtherInfo: z.object({
    /** 0 Thường, 1 Khẩn, 2 Thượng khẩn, 3 Hỏa tốc, 4 Hỏa tốc hẹn giờ (see urgencyFromEdxmlPriority). */
    Priority: z.number().int().min(0).max(4),
    SphereOfPromulgation: opt(500),
    TyperNotation: opt(100),
    PromulgationAmount: z.number().int().min(0).optional(),
    PageAmount: z.number().int().min(0).optional(),
    Direction: z.boolean(),
    Appendixes: z.array(str(500)).max(500),
  }),
  ResponseFor: z.array(ResponseForSchema).max(500),
  SteeringType: z.number().int(),
  ToPlaces: z.array(str(500)).max(2000),
});
export type EdocHeader = z.output<typeof EdocHeaderSchema>;

export const TraceHeaderSchema = z.object({ OrganId: z.string().max(100).nullable(), Timestamp: IsoInstantSchema.nullable() });
export type TraceHeader = z.output<typeof TraceHeaderSchema>;

export const BussinessSchema = z.object({
  /** For update packets: the DocumentId of the document being updated. */
  DocumentId: opt(300),
  BussinessDocType: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  BussinessDocReason: str(2000),
  Paper: z.number().int().min(0).max(1),
  BussinessDocumentInfo: z
    .object({
      DocumentInfo: z.number().int().min(0).max(1),
      DocumentReceiver: z.number().int().min(0).max(1),
      ReceiverList: z.array(z.object({ OrganId: str(100), ReceiverType: z.number().int() })).max(2000),
    })
    .optional(),
  ReplacementInfoList: z
    .array(z.object({ DocumentId: str(300), OrganIdList: z.array(str(100)).max(2000) }))
    .max(500)
    .optional(),
  StaffInfo: StaffInfoSchema.optional(),
});
export type Bussiness = z.output<typeof BussinessSchema>;

/** A file carried by a parsed packet, decoded (and unzipped per the zip rule) to a local file. */
export const ParsedAttachmentSchema = z.object({
  ContentId: z.string(),
  AttachmentName: z.string(),
  Description: z.string(),
  /** ContentType as declared in the packet (application/zip when the sender zipped it). */
  ContentType: z.string(),
  /** True when the payload was a one-entry ZIP that the zip rule told us to unpack. */
  unzipped: z.boolean(),
  size: z.number().int(),
  sha256: z.string(),
  /** Where the decoded bytes are on this machine (a temp file until the caller stores it). */
  path: z.string().optional(),
});
export type ParsedAttachment = z.output<typeof ParsedAttachmentSchema>;

export const EdocPacketSchema = z.object({
  kind: z.literal('edoc'),
  MessageHeader: EdocHeaderSchema,
  TraceHeaderList: z.array(TraceHeaderSchema),
  Bussiness: BussinessSchema,
  Attachments: z.array(ParsedAttachmentSchema),
  /** Things read leniently (unreadable date, unknown priority): the packet was still accepted. */
  warnings: z.array(z.string()),
});
export type EdocPacket = z.output<typeof EdocPacketSchema>;

export const StatusPacketSchema = z.object({
  kind: z.literal('status'),
  From: OrganizationSchema,
  ResponseFor: ResponseForSchema,
  StaffInfo: StaffInfoSchema.optional(),
  StatusCode: StatusCodeSchema,
  Description: z.string().max(4000),
  Timestamp: IsoInstantSchema.nullable(),
  warnings: z.array(z.string()),
});
export type StatusPacket = z.output<typeof StatusPacketSchema>;

export const ParsedPacketSchema = z.discriminatedUnion('kind', [EdocPacketSchema, StatusPacketSchema]);
export type ParsedPacket = z.output<typeof ParsedPacketSchema>;

/** A file to put into a packet being built: a path on this machine plus its manifest data. */
export const AttachmentInputSchema = z.object({
  path: z
    .string()
    .min(1, { error: inputText('input.attachmentPathMissing') })
    .max(4096),
  AttachmentName: opt(255),
  Description: opt(500),
  ContentId: opt(200),
});
/**
 * What `vanthu edxml build` and `exchange.sendDocument` take: the header as parsed, with the
 * DocumentId, trace and business block optional (computed: canonical DocumentId, one trace entry
 * of the sender at "now", a new-document block). Sender and receiver ids must be valid agency codes.
 */
export const EdocBuildInputSchema = z.object({
  MessageHeader: EdocHeaderSchema.extend({
    From: OrganizationSchema.extend({
      OrganId: AgencyCodeSchema,
      OrganName: str(500).min(1, { error: inputText('input.fromOrganNameBlank') }),
    }),
    To: z
      .array(OrganizationSchema.extend({ OrganId: AgencyCodeSchema }))
      .min(1, { error: inputText('input.edxmlRecipientsNone') })
      .max(2000),
    DocumentId: opt(300),
    Code: z.object({ CodeNumber: str(50).min(1), CodeNotation: str(100).min(1) }),
    PromulgationInfo: z.object({ Place: str(200), PromulgationDate: IsoDateSchema }),
    Content: opt(100_000),
    SignerInfo: z.object({ Competence: opt(200), Position: opt(200), FullName: str(200).min(1) }),
    ResponseFor: z.array(ResponseForSchema).max(500).default([]),
    ToPlaces: z.array(str(500)).max(2000).default([]),
    SteeringType: z.number().int().default(0),
  }),
  TraceHeaderList: z.array(TraceHeaderSchema).optional(),
  Bussiness: BussinessSchema.extend({ BussinessDocReason: opt(2000), Paper: z.number().int().min(0).max(1).default(0) }).optional(),
  Attachments: z.array(AttachmentInputSchema).max(100).default([]),
});
export type EdocBuildInput = z.output<typeof EdocBuildInputSchema>;
export type EdocBuildInputRaw = z.input<typeof EdocBuildInputSchema>;

export const StatusBuildInputSchema = z.object({
  From: OrganizationSchema,
  ResponseFor: ResponseForSchema,
  StaffInfo: StaffInfoSchema.optional(),
  StatusCode: StatusCodeSchema,
  Description: z.string().max(4000).optional(),
  Timestamp: IsoInstantSchema.optional(),
});
export type StatusBuildInput = z.output<typeof StatusBuildInputSchema>;
