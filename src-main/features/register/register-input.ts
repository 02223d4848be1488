/**
 * From a validated contract record to the fields of a register row, before any number is given.
 * Everything here may refuse (AppError Validation naming the field) and nothing here writes, so a
 * refusal can never consume a number.
 */
import type { AgencyProfile, PartyTerm } from '../../../src-shared/contracts/agency.contract';
import { preparePartyOutgoing } from './register-input-party';
import type { IncomingRecord, OutgoingRecord, RegisterWarning } from '../../../src-shared/contracts/register.contract';
import type { RegisterSettings } from '../../../src-shared/contracts/register-settings.contract';
import {
  SECRET_SERIES,
  checkAbbreviationGroup,
  foldVietnamese,
  isStateSecret,
  readSoKyHieu,
  readSoKyHieuParts,
  tryComposeCodeNotation,
  type NotationSystem,
  type SoKyHieuNote,
} from '../../../src-shared/domain';
import { appError, domainFieldError, fieldAppError, keyedText } from '../../../src-shared/rpc/errors';
import { resolveDocumentKind, type DocumentKind } from './document-kind';
import type { ResolveKindOptions } from '../../../src-shared/domain';
import { domainText } from '../../../src-shared/domain/domain-result';
import { dupKeyOf, documentIdKey } from './duplicates';
import type { NewEntryRow } from './register.repo';

/** Fields of a row known before numbering; number, series, id and times are added in the transaction. */
export type PreparedFields = Omit<NewEntryRow, 'id' | 'year' | 'number' | 'registered_at' | 'registered_by' | 'series'>;

export interface Prepared {
  direction: 'den' | 'di';
  series: string;
  kind: DocumentKind;
  fields: PreparedFields;
  warnings: RegisterWarning[];
  /** Outgoing: the ký hiệu the number will be printed with. */
  notation: string | null;
}

export interface PrepareContext {
  /** Today in Vietnam ("YYYY-MM-DD") and its year: the numbering year. */
  today: string;
  year: number;
  /** The agency's own active types; each is offered for the directions and system it was added for. */
  customKinds?: readonly DocumentKind[] | undefined;
}

/** Agency types usable for a direction in a system (incoming accepts types of either system). */
export function customFor(ctx: PrepareContext, direction: 'den' | 'di', system: 'state' | 'party'): DocumentKind[] {
  return (ctx.customKinds ?? []).filter((k) =>
    direction === 'den' ? k.incoming !== false : k.outgoing !== false && (k.system ?? 'state') === system,
  );
}

function resolveKind(typeName: string, direction: 'den' | 'di', options: ResolveKindOptions = {}): DocumentKind {
  const kind = resolveDocumentKind(typeName, options);
  if (!kind) {
    throw fieldAppError('TypeName', 'register.unknownType', { typeName });
  }
  if (direction === 'di' && kind.group === 'legal') {
    throw fieldAppError('TypeName', 'register.legalNotOutgoing', { type: kind.name });
  }
  return kind;
}

export interface NumberFields {
  codeNumber: string | null;
  codeNotation: string | null;
  /** As printed ("19-QC/HU"); null when the document has no number. */
  printed: string | null;
  system: NotationSystem | null;
  /** Kind code the symbol names ("dang-quy-che", "quyet-dinh"), when recognised. */
  typeCode?: string;
  /** Notes for the clerk (doubtful symbol, unknown Party type, unparsed text); never a refusal. */
  notes: readonly SoKyHieuNote[];
}

/**
 * Số, ký hiệu of an incoming document: one string (SoKyHieu) or the two Phụ lục VI fields, read by
 * the one shared parser (State, Party or kept as printed). Refuses only both forms at once.
 */
export function readNumberFields(rec: Pick<IncomingRecord, 'SoKyHieu' | 'CodeNumber' | 'CodeNotation'>): NumberFields {
  if (rec.SoKyHieu && (rec.CodeNumber || rec.CodeNotation)) {
    throw fieldAppError('SoKyHieu', 'register.soKyHieuBoth');
  }
  if (!rec.SoKyHieu && !rec.CodeNumber && !rec.CodeNotation)
    return { codeNumber: null, codeNotation: null, printed: null, system: null, notes: [] };
  const r = rec.SoKyHieu ? readSoKyHieu(rec.SoKyHieu) : readSoKyHieuParts(rec.CodeNumber, rec.CodeNotation);
  if (!r.ok) {
    const f = rec.SoKyHieu ? 'SoKyHieu' : rec.CodeNumber ? 'CodeNotation' : 'CodeNumber';
    throw domainFieldError(f, 'register.soKyHieuInvalid', r.error, { field: f });
  }
  const v = r.value;
  return {
    codeNumber: v.codeNumber,
    codeNotation: v.codeNotation,
    printed: v.printed,
    system: v.system,
    notes: v.notes,
    ...(v.typeCode ? { typeCode: v.typeCode } : {}),
  };
}

export function prepareIncoming(rec: IncomingRecord, ctx: PrepareContext): Prepared {
  const so = readNumberFields(rec);
  const { codeNumber, codeNotation } = so;
  const kind = resolveKind(rec.TypeName, 'den', { preferParty: so.system === 'party', custom: customFor(ctx, 'den', 'state') });
  const warnings: RegisterWarning[] = [];

  const arrivalDate = rec.ArrivalDate ?? ctx.today;
  if (arrivalDate > ctx.today) {
    throw fieldAppError('ArrivalDate', 'register.arrivalFuture', { date: arrivalDate, today: ctx.today });
  }
  if (Number(arrivalDate.slice(0, 4)) !== ctx.year) {
    throw fieldAppError('ArrivalDate', 'register.arrivalOtherYear', { date: arrivalDate, year: ctx.year });
  }
  if (rec.IssuedDate && rec.IssuedDate > arrivalDate) {
    warnings.push({ field: 'ArrivalDate', ...keyedText('register.arrivalBeforeIssued', { arrival: arrivalDate, issued: rec.IssuedDate }) });
  }
  if (rec.DueDate && rec.DueDate < arrivalDate) {
    warnings.push({ field: 'DueDate', ...keyedText('register.dueBeforeArrival', { due: rec.DueDate, arrival: arrivalDate }) });
  }
  const note = so.notes[0];
  if (note) warnings.push({ field: rec.SoKyHieu ? 'SoKyHieu' : 'CodeNotation', ...domainText(note) });

  return {
    direction: 'den',
    series: isStateSecret(rec.Confidentiality) ? SECRET_SERIES.den : 'den',
    kind,
    notation: null,
    warnings,
    fields: {
      direction: 'den',
      status: 'registered',
      medium: rec.Medium,
      type_code: kind.code,
      type_name: kind.name,
      code_number: codeNumber,
      code_notation: codeNotation,
      so_ky_hieu: so.printed,
      notation_system: so.system,
      issued_date: rec.IssuedDate,
      organ_name: rec.OrganName,
      organ_key: foldVietnamese(rec.OrganName),
      subject: rec.Subject,
      language: rec.Language,
      page_amount: rec.PageAmount,
      description: rec.Description,
      signer_position: rec.SignerInfo?.Position ?? null,
      signer_full_name: rec.SignerInfo?.FullName ?? null,
      urgency: rec.Priority,
      confidentiality: rec.Confidentiality,
      channel_restriction: rec.ChannelRestriction,
      arrival_date: arrivalDate,
      reg_date: arrivalDate,
      to_places: rec.ToPlaces,
      recipients: null,
      issued_amount: null,
      archive_keeper: null,
      due_date: rec.DueDate,
      trace_header_list: rec.TraceHeaderList,
      document_id: documentIdKey(rec.DocumentId),
      dup_key: dupKeyOf({ codeNumber, codeNotation, printed: so.printed, organName: rec.OrganName, issuedDate: rec.IssuedDate }),
      file_sha256: rec.FileSha256 ?? null,
      confirmed_not_duplicate: rec.confirmNotDuplicate ? 1 : 0,
      cancel_reason: null,
      cancelled_at: null,
    },
  };
}

/** Series of an outgoing document (Điều 15.1.c; copies: Phụ lục I Phần II.II.1.c). */
export function outgoingSeries(kind: DocumentKind, settings: RegisterSettings): string {
  if (kind.group === 'copy') return 'ban-sao';
  return settings.OutgoingSeries === 'single' ? 'hanh-chinh' : kind.code;
}

export type OutgoingContext = PrepareContext & {
  agency: AgencyProfile | null;
  settings: RegisterSettings;
  /** The Party term containing a date; only a Party body's numbering asks. */
  termAt?: ((date: string) => PartyTerm | undefined) | undefined;
};

export function prepareOutgoing(rec: OutgoingRecord, ctx: OutgoingContext): Prepared {
  if (!ctx.agency) {
    throw appError('register.noAgencyProfile');
  }
  if (ctx.agency.system === 'party') return preparePartyOutgoing(rec, { ...ctx, agency: ctx.agency });
  const kind = resolveKind(rec.TypeName, 'di', { custom: customFor(ctx, 'di', 'state') });
  if (rec.IssuerAbbreviation || rec.Congress || rec.TypeAbbreviation) {
    throw fieldAppError(
      rec.IssuerAbbreviation ? 'IssuerAbbreviation' : rec.Congress ? 'Congress' : 'TypeAbbreviation',
      'register.partyFieldsForState',
    );
  }
  if (!rec.SignerInfo.FullName) {
    throw fieldAppError('SignerInfo.FullName', 'register.signerRequired');
  }
  const unit = rec.UnitAbbreviation;
  if (unit) {
    for (const g of unit.split('-')) {
      const problem = checkAbbreviationGroup(g);
      if (problem) throw domainFieldError('UnitAbbreviation', 'register.unitAbbrInvalid', problem);
    }
  } else if (kind.abbreviation === null) {
    throw fieldAppError('UnitAbbreviation', 'register.unitRequired', { type: kind.name, agency: ctx.agency.abbreviation });
  }
  const composed = tryComposeCodeNotation({
    typeAbbreviation: kind.abbreviation,
    agencyAbbreviation: ctx.agency.abbreviation,
    unitAbbreviation: unit,
  });
  if (!composed.ok) throw domainFieldError('UnitAbbreviation', 'register.notationInvalid', composed.error);
  const notation = composed.value;
  return outgoingPrepared(
    rec,
    { ...ctx, agency: ctx.agency },
    { kind, notation, series: outgoingSeries(kind, ctx.settings), system: 'state' },
  );
}

/**
 * The register row of an outgoing document once its kind, notation and series are decided — one
 * shape for the State (ND30) and Party numbering, which differ only in how those three are found.
 */
export function outgoingPrepared(
  rec: OutgoingRecord,
  ctx: OutgoingContext & { agency: AgencyProfile },
  at: { kind: DocumentKind; notation: string; series: string; system: 'state' | 'party' },
): Prepared {
  const { kind, notation } = at;
  const warnings: RegisterWarning[] = [];
  if (rec.DueDate && rec.DueDate < ctx.today) {
    warnings.push({ field: 'DueDate', ...keyedText('register.dueBeforeIssue', { due: rec.DueDate, today: ctx.today }) });
  }
  return {
    direction: 'di',
    // Văn bản mật take their own number series (Điều 15.2), apart from every ordinary one.
    series: isStateSecret(rec.Confidentiality) ? SECRET_SERIES.di : at.series,
    kind,
    notation,
    warnings,
    fields: {
      direction: 'di',
      status: 'registered',
      medium: rec.Medium,
      type_code: kind.code,
      type_name: kind.name,
      code_number: null,
      code_notation: notation,
      so_ky_hieu: null,
      notation_system: at.system,
      issued_date: ctx.today,
      organ_name: ctx.agency.name,
      organ_key: foldVietnamese(ctx.agency.name),
      subject: rec.Subject,
      language: rec.Language,
      page_amount: rec.PageAmount,
      description: rec.Description,
      signer_position: rec.SignerInfo.Position,
      signer_full_name: rec.SignerInfo.FullName,
      urgency: rec.Priority,
      confidentiality: rec.Confidentiality,
      channel_restriction: rec.ChannelRestriction,
      arrival_date: null,
      reg_date: ctx.today,
      to_places: null,
      recipients: rec.To.length > 0 ? JSON.stringify(rec.To.map((r) => ({ OrganId: r.OrganId, OrganName: r.OrganName }))) : null,
      issued_amount: rec.IssuedAmount,
      archive_keeper: rec.ArchiveKeeper,
      due_date: rec.DueDate,
      trace_header_list: null,
      document_id: documentIdKey(rec.DocumentId),
      dup_key: null,
      file_sha256: rec.FileSha256 ?? null,
      confirmed_not_duplicate: rec.confirmNotDuplicate ? 1 : 0,
      cancel_reason: null,
      cancelled_at: null,
    },
  };
}
