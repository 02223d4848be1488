/**
 * The register (sổ đăng ký văn bản đến / đi) of Nghị định 30/2020. Records use the Phụ lục VI
 * Phần II names (CodeNumber, CodeNotation, IssuedDate, OrganName, TypeName, Subject, PageAmount,
 * SignerInfo, Priority, ArrivalDate, ArrivalNumber, ToPlaces, DueDate, Description ...).
 *
 * Invariants the operations keep:
 * - Số đến is one gap-free sequence per calendar year in Vietnam time, shared by paper and
 *   electronic documents; số đi is gap-free per (year, series), from 01 on 1 January.
 * - A number is allocated in the same write transaction as its record: a refused registration
 *   (validation, duplicate, bad file) stores nothing and consumes no number.
 * - Nothing is deleted: a wrong outgoing number is cancelled with a reason and stays visible.
 * - Mật / Tối mật / Tuyệt mật documents take their own series ('den-mat', 'mat'): số đến mật and
 *   số đi mật run apart from the ordinary ones (Điều 15.2, 22.4); their trích yếu and text stay out
 *   of the search index and the ordinary books, and they never go through the hub.
 */
import { z } from 'zod';
import { defineEvent, defineOperation } from '../rpc/define';
import { checkYearOrTerm, TermRefSchema } from './agency.contract';
import {
  ChannelRestrictionField,
  ConfidentialityField,
  MediumField,
  MediumSchema,
  PriorityField,
  RecipientInput,
  Sha256Schema,
  SignerInfoInput,
  UrgencySchema,
  ConfidentialitySchema,
  ChannelRestrictionSchema,
  optionalCount,
  optionalDate,
  optionalText,
  requiredText,
} from './register-fields.contract';
import { inputText } from './input-text';
import { registerGetSettings, registerSaveSettings } from './register-settings.contract';

export const DirectionSchema = z.enum(['den', 'di'], { error: inputText('input.direction') });
export type Direction = z.output<typeof DirectionSchema>;

const IdSchema = z
  .string({ error: inputText('input.recordIdMissing') })
  .min(1, { error: inputText('input.recordIdMissing') })
  .max(64);

/** Fields both registers share (Phụ lục VI Phần II fields 3, 8–11, SignerInfo, Priority, DueDate). */
const commonInput = {
  Medium: MediumField,
  TypeName: requiredText('Tên loại văn bản', 'TypeName', 100),
  Subject: requiredText('Trích yếu nội dung', 'Subject', 500),
  Language: optionalText('Ngôn ngữ', 'Language', 30),
  PageAmount: optionalCount('Số trang của văn bản', 'PageAmount', 3),
  Description: optionalText('Ghi chú', 'Description', 500, true),
  Priority: PriorityField,
  Confidentiality: ConfidentialityField,
  /** Kept off the electronic channel by the agency's rules: sending through the hub asks to confirm. */
  ChannelRestriction: ChannelRestrictionField,
  DueDate: optionalDate('Thời hạn giải quyết / hạn trả lời', 'DueDate'),
  /** Mã định danh văn bản (edXML DocumentId), used for the duplicate warning. */
  DocumentId: optionalText('Mã định danh văn bản', 'DocumentId', 100),
  /** A file already put in the store by files.import; its sha256 is also a duplicate key. */
  FileSha256: Sha256Schema.nullable().optional(),
  /** The clerk saw the duplicate warning and confirms this is a different document (recorded). */
  confirmNotDuplicate: z.boolean().optional(),
};

/** Văn bản đến. ArrivalNumber is given by the register; ArrivalDate defaults to today (Vietnam). */
export const IncomingInputSchema = z
  .object({
    ...commonInput,
    /** Convenience: "123/QĐ-UBND" typed as one string; parsed into CodeNumber and CodeNotation. */
    SoKyHieu: optionalText('Số, ký hiệu văn bản', 'SoKyHieu', 42),
    CodeNumber: optionalText('Số của văn bản', 'CodeNumber', 11),
    CodeNotation: optionalText('Ký hiệu của văn bản', 'CodeNotation', 30),
    IssuedDate: optionalDate('Ngày, tháng, năm văn bản', 'IssuedDate'),
    OrganName: requiredText('Tên cơ quan, tổ chức ban hành văn bản', 'OrganName', 200),
    SignerInfo: SignerInfoInput.nullable().optional(),
    ArrivalDate: optionalDate('Ngày, tháng, năm đến', 'ArrivalDate'),
    ToPlaces: optionalText('Đơn vị hoặc người nhận', 'ToPlaces', 1000, true),
    TraceHeaderList: optionalText('Ý kiến phân phối, chỉ đạo', 'TraceHeaderList', 20000, true),
  })
  .strict();
export type IncomingInput = z.input<typeof IncomingInputSchema>;
export type IncomingRecord = z.output<typeof IncomingInputSchema>;

/**
 * Văn bản đi. CodeNumber, CodeNotation, IssuedDate and OrganName are given by the register
 * (Phụ lục VI.III.1.g): số from the series of TypeName, ký hiệu from the Phụ lục III abbreviation,
 * the agency abbreviation and UnitAbbreviation (required for công văn: "05/UBND-VP").
 */
export const OutgoingInputSchema = z
  .object({
    ...commonInput,
    UnitAbbreviation: optionalText('Chữ viết tắt đơn vị soạn thảo / lĩnh vực', 'UnitAbbreviation', 20),
    /**
     * Party body only: the issuing body's abbreviation when it is not the cấp ủy itself — its
     * văn phòng or a ban ("VPHU", "BTGTU"); default the agency abbreviation. "Số 19-QC/VPHU".
     */
    IssuerAbbreviation: optionalText('Chữ viết tắt cơ quan ban hành', 'IssuerAbbreviation', 20),
    /**
     * Party body only: the type's abbreviation when the catalogue has no standard one ("chưa có ký
     * hiệu chuẩn": Tuyên bố, Lời kêu gọi, Giấy giới thiệu …); the clerk types the one the body uses.
     */
    TypeAbbreviation: optionalText('Chữ viết tắt tên loại văn bản', 'TypeAbbreviation', 10),
    /** Party body only: a congress document, numbered in the one common series of the đại hội. */
    Congress: z
      .boolean({ error: inputText('input.congressBoolean') })
      .optional()
      .default(false),
    SignerInfo: SignerInfoInput,
    To: z
      .array(RecipientInput, { error: inputText('input.recipientsList') })
      .max(500)
      .optional()
      .default([]),
    IssuedAmount: optionalCount('Số lượng bản phát hành', 'IssuedAmount', 3),
    ArchiveKeeper: optionalText('Đơn vị, người nhận bản lưu', 'ArchiveKeeper', 200),
  })
  .strict();
export type OutgoingInput = z.input<typeof OutgoingInputSchema>;
export type OutgoingRecord = z.output<typeof OutgoingInputSchema>;

export const StoredFileRefSchema = z.object({
  sha256: z.string(),
  size: z.number().int(),
  pageCount: z.number().int().nullable(),
  mediaType: z.string(),
});

/** A warning of a registration: the Vietnamese message, with its catalog key and params (shown via errorText). */
export const WarningSchema = z.object({
  field: z.string(),
  message: z.string(),
  code: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type RegisterWarning = z.output<typeof WarningSchema>;

/** A registered document as every screen, book and export sees it. */
export const RegisterEntrySchema = z.object({
  id: z.string(),
  Direction: DirectionSchema,
  /** Year (Vietnam time) of the number series. */
  Year: z.number().int(),
  /** 'den'; or for outgoing 'hanh-chinh' (one series), a type code, or 'ban-sao' (copies). */
  Series: z.string(),
  Status: z.enum(['registered', 'cancelled']),
  Medium: MediumSchema,
  /** Số đến; null for outgoing. */
  ArrivalNumber: z.number().int().nullable(),
  ArrivalDate: z.string().nullable(),
  CodeNumber: z.string().nullable(),
  CodeNotation: z.string().nullable(),
  /** "05/QĐ-UBND" or "19-QC/HU" as printed, or null when the document has no number. */
  SoKyHieu: z.string().nullable(),
  /** Which form SoKyHieu follows; 'unparsed' = kept as printed (shown with a note); null = no number or older row. */
  NotationSystem: z.enum(['state', 'party', 'unparsed']).nullable(),
  IssuedDate: z.string().nullable(),
  OrganName: z.string(),
  TypeCode: z.string(),
  TypeName: z.string(),
  Subject: z.string(),
  Language: z.string().nullable(),
  PageAmount: z.number().int().nullable(),
  Description: z.string().nullable(),
  SignerInfo: z.object({ Position: z.string().nullable(), FullName: z.string().nullable() }).nullable(),
  Priority: UrgencySchema,
  Confidentiality: ConfidentialitySchema,
  ChannelRestriction: ChannelRestrictionSchema.nullable(),
  ToPlaces: z.string().nullable(),
  To: z.array(z.object({ OrganId: z.string().nullable(), OrganName: z.string() })),
  IssuedAmount: z.number().int().nullable(),
  ArchiveKeeper: z.string().nullable(),
  DueDate: z.string().nullable(),
  TraceHeaderList: z.string().nullable(),
  DocumentId: z.string().nullable(),
  File: StoredFileRefSchema.nullable(),
  ConfirmedNotDuplicate: z.boolean(),
  Cancellation: z.object({ Reason: z.string(), At: z.string() }).nullable(),
  RegisteredAt: z.string(),
  RegisteredBy: z.string(),
});
export type RegisterEntry = z.output<typeof RegisterEntrySchema>;

/** What matched an earlier entry: mã định danh, (số, ký hiệu, cơ quan ban hành, năm), or the PDF bytes. */
export const DuplicateReasonSchema = z.enum(['DocumentId', 'SoKyHieuOrgan', 'File']);
export const DuplicateMatchSchema = z.object({
  id: z.string(),
  Direction: DirectionSchema,
  Year: z.number().int(),
  Number: z.number().int(),
  SoKyHieu: z.string().nullable(),
  OrganName: z.string(),
  Subject: z.string(),
  RegisteredAt: z.string(),
  reasons: z.array(DuplicateReasonSchema),
});
export type DuplicateMatch = z.output<typeof DuplicateMatchSchema>;

/** Result of a registration: the stored entry plus non-blocking warnings (e.g. arrival before issue). */
export const RegistrationResultSchema = z.object({ entry: RegisterEntrySchema, warnings: z.array(WarningSchema) });

export const registerAddIncoming = defineOperation({
  name: 'register.addIncoming',
  kind: 'command',
  input: IncomingInputSchema,
  output: RegistrationResultSchema,
  summary: 'Registers a văn bản đến and gives it the next số đến of the year. Duplicate → kind Duplicate with details.matches.',
});

export const registerAddOutgoing = defineOperation({
  name: 'register.addOutgoing',
  kind: 'command',
  input: OutgoingInputSchema,
  output: RegistrationResultSchema,
  summary: 'Registers a văn bản đi: gives it the next số of its series and composes its ký hiệu.',
});

export const registerPreview = defineOperation({
  name: 'register.preview',
  kind: 'query',
  input: z.discriminatedUnion('Direction', [
    z.object({ Direction: z.literal('den'), Record: IncomingInputSchema }).strict(),
    z.object({ Direction: z.literal('di'), Record: OutgoingInputSchema }).strict(),
  ]),
  output: z.object({
    /** The number the record would get now (another registration may take it first). */
    NextNumber: z.number().int(),
    Year: z.number().int(),
    Series: z.string(),
    CodeNumber: z.string().nullable(),
    CodeNotation: z.string().nullable(),
    /** As it will be printed: "05/QĐ-UBND", "05-QC/HU", or an incoming text kept as printed. */
    SoKyHieu: z.string().nullable(),
    TypeCode: z.string(),
    TypeName: z.string(),
    warnings: z.array(WarningSchema),
    duplicates: z.array(DuplicateMatchSchema),
  }),
  summary: 'Validates a record as the add operations would, without storing it or consuming a number.',
});

const listFilters = {
  Direction: DirectionSchema.optional(),
  Year: z.number().int().min(1945).max(2100).optional(),
  /** A Party body's term (id or name) instead of a year: entries registered in the term's dates. */
  Term: TermRefSchema.optional(),
  TypeCode: z.string().max(40).optional(),
  /** Exact sender / issuer, compared through foldVietnamese. */
  OrganName: z.string().max(200).optional(),
  Priority: UrgencySchema.optional(),
  /** Độ mật; 'secret' = any of Mật / Tối mật / Tuyệt mật. */
  Confidentiality: z.enum(['none', 'mat', 'toi-mat', 'tuyet-mat', 'secret']).optional(),
  Status: z.enum(['registered', 'cancelled']).optional(),
  /** Inclusive bounds on ArrivalDate (incoming) or IssuedDate (outgoing). */
  DateFrom: optionalDate('Từ ngày', 'DateFrom'),
  DateTo: optionalDate('Đến ngày', 'DateTo'),
  limit: z.number().int().min(1).max(500).optional().default(100),
  /** Keyset paging: pass the previous page's nextCursor. */
  cursor: z.string().max(40).nullable().optional(),
};

export const RegisterPageSchema = z.object({
  items: z.array(RegisterEntrySchema),
  /** null on the last page. */
  nextCursor: z.string().nullable(),
  /** Rows matching the filters, when `withTotal` was asked (list only). */
  total: z.number().int().nullable(),
});

export const registerList = defineOperation({
  name: 'register.list',
  kind: 'query',
  input: z
    .object({
      ...listFilters,
      /** Offset paging for a virtualized list that jumps; ignored when cursor is given. */
      offset: z.number().int().min(0).optional(),
      withTotal: z.boolean().optional(),
    })
    .strict()
    .superRefine(checkYearOrTerm),
  output: RegisterPageSchema,
  summary: 'Register entries, newest first, with filters (direction, year, type, sender, urgency, date range).',
});

export const registerSearch = defineOperation({
  name: 'register.search',
  kind: 'query',
  input: z
    .object({
      q: z.string({ error: inputText('input.searchEmpty') }).max(200, { error: inputText('input.searchLong') }),
      ...listFilters,
      limit: z.number().int().min(1).max(200).optional().default(50),
    })
    .strict()
    .superRefine(checkYearOrTerm),
  output: RegisterPageSchema,
  summary: 'Full-text search over every field and the PDF text, folded (quyet dinh = Quyết định), last word as prefix; newest first.',
});

export const HistoryEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  data: z.record(z.string(), z.unknown()),
});

export const registerGet = defineOperation({
  name: 'register.get',
  kind: 'query',
  input: z.object({ id: IdSchema }).strict(),
  output: z.object({ entry: RegisterEntrySchema, history: z.array(HistoryEntrySchema) }),
  summary: 'One entry with its history (registration, corrections, cancellation, views); the view itself is audited.',
});

export const registerCancelOutgoing = defineOperation({
  name: 'register.cancelOutgoing',
  kind: 'command',
  input: z
    .object({
      id: IdSchema,
      Reason: requiredText('Lý do hủy số', 'Reason', 500).pipe(
        z.string().min(5, { error: inputText('input.reasonTooShort', { field: 'cancelReason', tag: 'Reason', min: 5 }) }),
      ),
    })
    .strict(),
  output: RegisterEntrySchema,
  summary: 'Hủy số: marks an outgoing number cancelled with a reason. The number is never reused and the row stays visible.',
});

/** Fields a correction may change; numbers, direction and year never change. */
export const CorrectionChangesSchema = z
  .object({
    TypeName: requiredText('Tên loại văn bản', 'TypeName', 100).optional(),
    Subject: requiredText('Trích yếu nội dung', 'Subject', 500).optional(),
    OrganName: requiredText('Tên cơ quan, tổ chức ban hành văn bản', 'OrganName', 200).optional(),
    CodeNumber: optionalText('Số của văn bản', 'CodeNumber', 11),
    CodeNotation: optionalText('Ký hiệu của văn bản', 'CodeNotation', 30),
    IssuedDate: optionalDate('Ngày, tháng, năm văn bản', 'IssuedDate'),
    PageAmount: optionalCount('Số trang của văn bản', 'PageAmount', 3),
    Description: optionalText('Ghi chú', 'Description', 500, true),
    SignerInfo: SignerInfoInput.nullable().optional(),
    ToPlaces: optionalText('Đơn vị hoặc người nhận', 'ToPlaces', 1000, true),
    DueDate: optionalDate('Thời hạn giải quyết / hạn trả lời', 'DueDate'),
    TraceHeaderList: optionalText('Ý kiến phân phối, chỉ đạo', 'TraceHeaderList', 20000, true),
    ArchiveKeeper: optionalText('Đơn vị, người nhận bản lưu', 'ArchiveKeeper', 200),
  })
  .strict();

export const registerCorrect = defineOperation({
  name: 'register.correct',
  kind: 'command',
  input: z
    .object({
      id: IdSchema,
      /**
       * Only the keys present are changed (null clears an optional field). Kept raw here so that
       * "absent" and "cleared" stay distinct; each key is checked with CorrectionChangesSchema.
       */
      changes: z.custom<Partial<z.input<typeof CorrectionChangesSchema>>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), {
        error: inputText('input.changesObject'),
      }),
      Reason: requiredText('Lý do đính chính', 'Reason', 500),
    })
    .strict(),
  output: RegisterEntrySchema,
  summary: 'Corrects descriptive fields of an entry (old and new values audited); numbers never change.',
});

export const registerCheckDuplicates = defineOperation({
  name: 'register.checkDuplicates',
  kind: 'query',
  input: z
    .object({
      Direction: DirectionSchema.optional(),
      DocumentId: optionalText('Mã định danh văn bản', 'DocumentId', 100),
      SoKyHieu: optionalText('Số, ký hiệu văn bản', 'SoKyHieu', 42),
      CodeNumber: optionalText('Số của văn bản', 'CodeNumber', 11),
      CodeNotation: optionalText('Ký hiệu của văn bản', 'CodeNotation', 30),
      OrganName: optionalText('Tên cơ quan, tổ chức ban hành văn bản', 'OrganName', 200),
      IssuedDate: optionalDate('Ngày, tháng, năm văn bản', 'IssuedDate'),
      FileSha256: Sha256Schema.nullable().optional(),
    })
    .strict(),
  output: z.object({ matches: z.array(DuplicateMatchSchema) }),
  summary: 'Earlier, not-cancelled entries with the same DocumentId, the same (số, ký hiệu, cơ quan, năm) folded, or the same PDF.',
});

export const registerOrganNames = defineOperation({
  name: 'register.organNames',
  kind: 'query',
  input: z
    .object({
      prefix: z.string().max(200),
      limit: z.number().int().min(1).max(50).optional().default(10),
    })
    .strict(),
  output: z.object({ items: z.array(z.object({ OrganName: z.string(), uses: z.number().int(), lastUsedAt: z.string() })) }),
  summary: 'OrganName autocomplete from earlier entries: folded prefix of the name or of any word in it, most used first.',
});

export const registerOperations = [
  registerAddIncoming,
  registerAddOutgoing,
  registerPreview,
  registerList,
  registerSearch,
  registerGet,
  registerCancelOutgoing,
  registerCorrect,
  registerCheckDuplicates,
  registerOrganNames,
  registerGetSettings,
  registerSaveSettings,
] as const;

export const registerEntryRegistered = defineEvent({
  name: 'register.entryRegistered',
  payload: z.object({ id: z.string(), Direction: DirectionSchema, Year: z.number().int(), Number: z.number().int() }),
  summary: 'A document was registered (by this process); lists refresh.',
});

export const registerEntryChanged = defineEvent({
  name: 'register.entryChanged',
  payload: z.object({ id: z.string(), change: z.enum(['cancelled', 'corrected']) }),
  summary: 'An entry was cancelled or corrected (by this process).',
});

export const registerEvents = [registerEntryRegistered, registerEntryChanged] as const;
