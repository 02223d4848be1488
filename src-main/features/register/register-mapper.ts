import type { DuplicateMatch, RegisterEntry } from '../../../src-shared/contracts/register.contract';
import { isChannelRestriction, isConfidentiality, isUrgency, type Urgency } from '../../../src-shared/domain';
import type { EntryRow, EntryWithFile } from './register.repo';

/** "Số, ký hiệu" as printed: the stored text, else (older rows) number "/" notation. */
export function soKyHieuOf(row: Pick<EntryRow, 'code_number' | 'code_notation'> & Partial<Pick<EntryRow, 'so_ky_hieu'>>): string | null {
  if (row.so_ky_hieu) return row.so_ky_hieu;
  if (!row.code_number && !row.code_notation) return null;
  return `${row.code_number ?? ''}/${row.code_notation ?? ''}`;
}

function recipientsOf(json: string | null): RegisterEntry['To'] {
  if (!json) return [];
  return (JSON.parse(json) as { OrganId?: string | null; OrganName: string }[]).map((r) => ({
    OrganId: r.OrganId ?? null,
    OrganName: r.OrganName,
  }));
}

/** Database row → the Phụ lục VI-named record every transport returns. */
export function toEntry(row: EntryWithFile): RegisterEntry {
  const incoming = row.direction === 'den';
  return {
    id: row.id,
    Direction: row.direction,
    Year: row.year,
    Series: row.series,
    Status: row.status,
    Medium: row.medium,
    ArrivalNumber: incoming ? row.number : null,
    ArrivalDate: row.arrival_date,
    CodeNumber: row.code_number,
    CodeNotation: row.code_notation,
    SoKyHieu: soKyHieuOf(row),
    NotationSystem: row.notation_system ?? null,
    IssuedDate: row.issued_date,
    OrganName: row.organ_name,
    TypeCode: row.type_code,
    TypeName: row.type_name,
    Subject: row.subject,
    Language: row.language,
    PageAmount: row.page_amount,
    Description: row.description,
    SignerInfo:
      row.signer_position === null && row.signer_full_name === null
        ? null
        : { Position: row.signer_position, FullName: row.signer_full_name },
    Priority: (isUrgency(row.urgency) ? row.urgency : 'thuong') as Urgency,
    Confidentiality: isConfidentiality(row.confidentiality) ? row.confidentiality : 'none',
    ChannelRestriction: isChannelRestriction(row.channel_restriction) ? row.channel_restriction : null,
    ToPlaces: row.to_places,
    To: recipientsOf(row.recipients),
    IssuedAmount: row.issued_amount,
    ArchiveKeeper: row.archive_keeper,
    DueDate: row.due_date,
    TraceHeaderList: row.trace_header_list,
    DocumentId: row.document_id,
    File:
      row.file_sha256 === null
        ? null
        : { sha256: row.file_sha256, size: row.f_size ?? 0, pageCount: row.f_page_count, mediaType: row.f_media_type ?? 'application/pdf' },
    ConfirmedNotDuplicate: row.confirmed_not_duplicate === 1,
    Cancellation: row.status === 'cancelled' ? { Reason: row.cancel_reason ?? '', At: row.cancelled_at ?? '' } : null,
    RegisteredAt: row.registered_at,
    RegisteredBy: row.registered_by,
  };
}

export function toDuplicateMatch(row: EntryRow, reasons: DuplicateMatch['reasons']): DuplicateMatch {
  return {
    id: row.id,
    Direction: row.direction,
    Year: row.year,
    Number: row.number,
    SoKyHieu: soKyHieuOf(row),
    OrganName: row.organ_name,
    Subject: row.subject,
    RegisteredAt: row.registered_at,
    reasons,
  };
}
