/**
 * Đính chính (correction) of descriptive fields. Numbers, direction, year and series are never
 * corrected (a wrong outgoing number is cancelled instead); fields the register itself gave an
 * outgoing document (số, ký hiệu, ngày, cơ quan ban hành, loại) are not corrected either.
 */
import type { z } from 'zod';
import type { CorrectionChangesSchema } from '../../../src-shared/contracts/register.contract';
import { foldVietnamese } from '../../../src-shared/domain';
import { validationError } from '../../rpc/router';
import { resolveDocumentKind, type DocumentKind } from './document-kind';
import { dupKeyOf } from './duplicates';
import { readNumberFields } from './register-input';
import type { EntryRow, NewEntryRow } from './register.repo';
import { fieldAppError } from '../../../src-shared/rpc/errors';

const OUTGOING_FIXED = new Set(['TypeName', 'OrganName', 'CodeNumber', 'CodeNotation', 'IssuedDate', 'ToPlaces', 'TraceHeaderList']);
const INCOMING_ONLY_NOT = new Set(['ArchiveKeeper']);

type Changes = z.output<typeof CorrectionChangesSchema>;

/** Audit entries name fields as the register does (Phụ lục VI), not by column. */
const FIELD_OF_COLUMN: Record<string, string> = {
  type_name: 'TypeName',
  subject: 'Subject',
  organ_name: 'OrganName',
  code_number: 'CodeNumber',
  code_notation: 'CodeNotation',
  issued_date: 'IssuedDate',
  page_amount: 'PageAmount',
  description: 'Description',
  signer_position: 'SignerInfo.Position',
  signer_full_name: 'SignerInfo.FullName',
  to_places: 'ToPlaces',
  due_date: 'DueDate',
  trace_header_list: 'TraceHeaderList',
  archive_keeper: 'ArchiveKeeper',
};

export function applyCorrection(
  row: EntryRow,
  raw: Record<string, unknown>,
  schema: typeof CorrectionChangesSchema,
  /** The agency's own active types; an incoming entry may be corrected to one of them. */
  customKinds: readonly DocumentKind[] = [],
): { update: Partial<NewEntryRow>; diff: Record<string, { from: unknown; to: unknown }> } {
  const shape = schema.shape as Record<string, z.ZodType>;
  const c: Partial<Changes> = {};
  for (const [key, value] of Object.entries(raw)) {
    const field = shape[key];
    if (!field) throw fieldAppError(key, 'register.correctUnknownField', { field: key, allowed: Object.keys(shape).join(', ') });
    if (row.direction === 'di' && OUTGOING_FIXED.has(key)) {
      throw fieldAppError(key, 'register.correctFixedOutgoing', { field: key });
    }
    if (row.direction === 'den' && INCOMING_ONLY_NOT.has(key)) throw fieldAppError(key, 'register.correctOutgoingOnly', { field: key });
    const parsed = field.safeParse(value);
    if (!parsed.success) throw validationError(parsed.error, 'correct', key);
    (c as Record<string, unknown>)[key] = parsed.data;
  }

  const update: Partial<NewEntryRow> = {};
  if (c.TypeName !== undefined) {
    const kind = resolveDocumentKind(c.TypeName, { custom: customKinds.filter((k) => k.incoming !== false) });
    if (!kind) throw fieldAppError('TypeName', 'register.correctUnknownType', { typeName: c.TypeName });
    update.type_code = kind.code;
    update.type_name = kind.name;
  }
  if (c.Subject !== undefined) update.subject = c.Subject;
  if (c.OrganName !== undefined) {
    update.organ_name = c.OrganName;
    update.organ_key = foldVietnamese(c.OrganName);
  }
  if ('CodeNumber' in c || 'CodeNotation' in c) {
    const so = readNumberFields({
      SoKyHieu: null,
      CodeNumber: 'CodeNumber' in c ? (c.CodeNumber ?? null) : row.code_number,
      CodeNotation: 'CodeNotation' in c ? (c.CodeNotation ?? null) : row.code_notation,
    });
    update.code_number = so.codeNumber;
    update.code_notation = so.codeNotation;
    update.so_ky_hieu = so.printed;
    update.notation_system = so.system;
  }
  if ('IssuedDate' in c) update.issued_date = c.IssuedDate ?? null;
  if ('PageAmount' in c) update.page_amount = c.PageAmount ?? null;
  if ('Description' in c) update.description = c.Description ?? null;
  if ('SignerInfo' in c) {
    update.signer_position = c.SignerInfo?.Position ?? null;
    update.signer_full_name = c.SignerInfo?.FullName ?? null;
    if (row.direction === 'di' && !update.signer_full_name) {
      throw fieldAppError('SignerInfo.FullName', 'register.signerRequired');
    }
  }
  if ('ToPlaces' in c) update.to_places = c.ToPlaces ?? null;
  if ('DueDate' in c) update.due_date = c.DueDate ?? null;
  if ('TraceHeaderList' in c) update.trace_header_list = c.TraceHeaderList ?? null;
  if ('ArchiveKeeper' in c) update.archive_keeper = c.ArchiveKeeper ?? null;

  if (row.direction === 'den') {
    const merged = { ...row, ...update };
    update.dup_key = dupKeyOf({
      codeNumber: merged.code_number,
      codeNotation: merged.code_notation,
      organName: merged.organ_name,
      issuedDate: merged.issued_date,
    });
  }

  const diff: Record<string, { from: unknown; to: unknown }> = {};
  for (const [col, to] of Object.entries(update)) {
    const from = (row as unknown as Record<string, unknown>)[col];
    const field = FIELD_OF_COLUMN[col];
    if (field && from !== to) diff[field] = { from, to };
  }
  if (Object.keys(diff).length === 0) return { update: {}, diff };
  return { update, diff };
}
