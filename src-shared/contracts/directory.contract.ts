/**
 * The agency's internal directory (danh bạ nội bộ): units (phòng, ban) and people (họ tên, chức vụ,
 * đơn vị, e-mail, điện thoại, lãnh đạo). Used by autocomplete wherever a unit or person is named
 * (trình, chỉ đạo, chuyển). Invariants: ids are UUID text, stable across machines; nothing is
 * deleted — a unit or person leaves by being deactivated and stays readable in old steps; an import
 * is checked whole and written all-or-nothing, every error naming its row and column; every change
 * is audited.
 */
import { z } from 'zod';
import { defineOperation } from '../rpc/define';
import { optionalText, requiredText } from './register-fields.contract';
import { inputText } from './input-text';

export const DirectoryIdSchema = z
  .string({ error: inputText('input.directoryIdNotText') })
  .regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, {
    error: inputText('input.directoryIdForm'),
  })
  .transform((s) => s.toLowerCase());

export const UnitSchema = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  parentId: z.string().nullable(),
  /** Name of the parent unit, for display. */
  parentName: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DirectoryUnit = z.output<typeof UnitSchema>;

export const PersonSchema = z.object({
  id: z.string(),
  fullName: z.string(),
  position: z.string().nullable(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  isLeader: z.boolean(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DirectoryPerson = z.output<typeof PersonSchema>;

const Email = z
  .string({ error: inputText('input.emailNotText') })
  .nullable()
  .optional()
  .transform((s) => (s == null || s.trim() === '' ? null : s.trim()))
  .pipe(
    z
      .string()
      .max(254, { error: inputText('input.emailTooLong', { max: 254 }) })
      .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: inputText('input.emailForm') })
      .nullable(),
  );
const Phone = optionalText('Điện thoại', 'phone', 30).pipe(
  z
    .string()
    .regex(/^[0-9+().\s-]{3,30}$/, { error: inputText('input.phoneForm') })
    .nullable(),
);

export const UnitInputSchema = z
  .object({
    name: requiredText('Tên đơn vị', 'name', 200),
    shortName: optionalText('Tên viết tắt', 'shortName', 30),
    parentId: DirectoryIdSchema.nullable().optional(),
  })
  .strict();
export type UnitInput = z.input<typeof UnitInputSchema>;

export const PersonInputSchema = z
  .object({
    fullName: requiredText('Họ và tên', 'fullName', 100),
    position: optionalText('Chức vụ', 'position', 100),
    unitId: DirectoryIdSchema.nullable().optional(),
    email: Email,
    phone: Phone,
    isLeader: z
      .boolean({ error: inputText('input.isLeaderBoolean') })
      .optional()
      .default(false),
  })
  .strict();
export type PersonInput = z.input<typeof PersonInputSchema>;

const Paging = {
  /** Free text, matched on folded Vietnamese (dấu and case ignored) against name / short name. */
  query: z.string().max(200).optional(),
  includeInactive: z.boolean().optional().default(false),
  limit: z.number().int().min(1).max(1000).optional().default(100),
  offset: z.number().int().min(0).optional().default(0),
};

export const directoryListUnits = defineOperation({
  name: 'directory.listUnits',
  kind: 'query',
  input: z.object({ ...Paging }).strict(),
  output: z.object({ items: z.array(UnitSchema), total: z.number().int() }),
  summary: 'Units (phòng, ban), by name; filtered by folded text; inactive ones only when asked.',
});

export const directoryListPeople = defineOperation({
  name: 'directory.listPeople',
  kind: 'query',
  input: z
    .object({
      ...Paging,
      unitId: DirectoryIdSchema.optional(),
      leadersOnly: z.boolean().optional().default(false),
    })
    .strict(),
  output: z.object({ items: z.array(PersonSchema), total: z.number().int() }),
  summary: 'People, by name; filtered by folded text, unit, leaders only; inactive ones only when asked.',
});

export const DirectoryHitSchema = z.object({
  kind: z.enum(['unit', 'person']),
  id: z.string(),
  /** "Phòng Tổng hợp" or "Nguyễn Văn An". */
  name: z.string(),
  /** "TH" for a unit; "Phó Giám đốc — Ban Giám đốc" for a person. */
  detail: z.string().nullable(),
  isLeader: z.boolean(),
  active: z.boolean(),
});
export type DirectoryHit = z.output<typeof DirectoryHitSchema>;

export const directorySearch = defineOperation({
  name: 'directory.search',
  kind: 'query',
  input: z
    .object({
      query: z.string().max(200),
      kinds: z
        .array(z.enum(['unit', 'person']))
        .min(1)
        .optional()
        .default(['unit', 'person']),
      leadersOnly: z.boolean().optional().default(false),
      limit: z.number().int().min(1).max(50).optional().default(10),
    })
    .strict(),
  output: z.object({ items: z.array(DirectoryHitSchema) }),
  summary: 'Autocomplete over active units and people: folded prefix of any word, exact matches first.',
});

export const directoryAddUnit = defineOperation({
  name: 'directory.addUnit',
  kind: 'command',
  input: UnitInputSchema,
  output: UnitSchema,
  summary: 'Adds a unit (name unique among active units, folded); audited.',
});

export const directoryUpdateUnit = defineOperation({
  name: 'directory.updateUnit',
  kind: 'command',
  input: UnitInputSchema.extend({ id: DirectoryIdSchema, active: z.boolean().optional() }).strict(),
  output: UnitSchema,
  summary: 'Changes a unit (a parent may not be itself or one of its own sub-units); active=true reactivates; audited.',
});

export const directoryDeactivateUnit = defineOperation({
  name: 'directory.deactivateUnit',
  kind: 'command',
  input: z.object({ id: DirectoryIdSchema }).strict(),
  output: UnitSchema,
  summary: 'Deactivates a unit (never deleted; kept in old steps); audited.',
});

export const directoryAddPerson = defineOperation({
  name: 'directory.addPerson',
  kind: 'command',
  input: PersonInputSchema,
  output: PersonSchema,
  summary: 'Adds a person; audited.',
});

export const directoryUpdatePerson = defineOperation({
  name: 'directory.updatePerson',
  kind: 'command',
  input: PersonInputSchema.extend({ id: DirectoryIdSchema, active: z.boolean().optional() }).strict(),
  output: PersonSchema,
  summary: 'Changes a person; active=true reactivates; audited.',
});

export const directoryDeactivatePerson = defineOperation({
  name: 'directory.deactivatePerson',
  kind: 'command',
  input: z.object({ id: DirectoryIdSchema }).strict(),
  output: PersonSchema,
  summary: 'Deactivates a person (never deleted); audited.',
});

/**
 * Import file columns (header row, Vietnamese names; dấu and case ignored):
 * - units: "Mã" (optional UUID: updates that unit), "Tên đơn vị", "Tên viết tắt", "Đơn vị cấp trên"
 *   (name or short name of a unit already there or earlier in the file).
 * - people: "Mã", "Họ và tên", "Chức vụ", "Đơn vị" (name or short name), "E-mail", "Điện thoại",
 *   "Lãnh đạo" (có/x/1 or empty), "Đang làm việc" (optional; "không" deactivates).
 */
export const DIRECTORY_IMPORT_KINDS = ['units', 'people'] as const;

export const DirectoryImportResultSchema = z.object({
  kind: z.enum(DIRECTORY_IMPORT_KINDS),
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** True when nothing was written (dryRun). */
  dryRun: z.boolean(),
});
export type DirectoryImportResult = z.output<typeof DirectoryImportResultSchema>;

export const directoryImport = defineOperation({
  name: 'directory.import',
  kind: 'command',
  input: z
    .object({
      kind: z.enum(DIRECTORY_IMPORT_KINDS, { error: inputText('input.directoryImportKind') }),
      fileName: z.string().min(1).max(255),
      dataBase64: z.string().max(14_000_000, { error: inputText('input.directoryFileTooBig') }),
      dryRun: z.boolean().optional().default(false),
    })
    .strict(),
  output: DirectoryImportResultSchema,
  summary: 'Imports units or people from CSV or xlsx: checked whole, all-or-nothing, errors name row and column; audited.',
});

export const directoryExport = defineOperation({
  name: 'directory.export',
  kind: 'query',
  input: z
    .object({
      kind: z.enum(DIRECTORY_IMPORT_KINDS),
      format: z.enum(['csv', 'xlsx', 'json']).optional().default('csv'),
      includeInactive: z.boolean().optional().default(true),
    })
    .strict(),
  output: z.object({ fileName: z.string(), mediaType: z.string(), dataBase64: z.string(), count: z.number().int() }),
  summary: 'Exports units or people in the import layout (CSV, xlsx or JSON), so an export re-imports unchanged.',
});

export const directoryOperations = [
  directoryListUnits,
  directoryListPeople,
  directorySearch,
  directoryAddUnit,
  directoryUpdateUnit,
  directoryDeactivateUnit,
  directoryAddPerson,
  directoryUpdatePerson,
  directoryDeactivatePerson,
  directoryImport,
  directoryExport,
] as const;
