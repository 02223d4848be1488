/**
 * What changed after a volume was locked. The register itself lets a clerk correct or cancel an
 * entry at any time (and that is audited there); the books feature notices when the printed cells
 * of a locked entry no longer match what was bound, and when an entry was registered late into a
 * locked range, and records each as an amendment that the next locked volume prints in Ghi chú.
 */
import type { Direction } from '../../../src-shared/contracts/register.contract';
import { newId } from '../../core/ids';
import type { AuditService } from '../audit/audit.service';
import { toEntry } from '../register/register-mapper';
import { cellsOf, rowHash } from './book-rows';
import type { AmendmentRow, BooksRepo } from './books.repo';
import type { VolumeRow, VolumesRepo } from './volumes.repo';
import type { BookModel, BookRow } from './pdf/book-model';

/** What the books read of the audit log: positions and an entity's records after one. */
type AuditLog = Pick<AuditService, 'head' | 'positionOf' | 'historyAfter'>;

/** Reasons the register recorded for corrections / cancellations of an entry after an audit position. */
function changeReasons(audit: AuditLog, entryId: string, afterSeq: number): { reasons: string[]; lastSeq: number } {
  const records = audit
    .historyAfter('register_entry', entryId, afterSeq)
    .filter((r) => r.action === 'register.corrected' || r.action === 'register.cancelled');
  return {
    reasons: records.map((r) => String((r.data as { Reason?: unknown }).Reason ?? '')).filter((s) => s.length > 0),
    lastSeq: records.length > 0 ? records[records.length - 1]!.seq : afterSeq,
  };
}

/** Printed cells of every entry of a volume, read from its snapshot (parsed once per call). */
function snapshotCells(volume: VolumeRow, cache: Map<string, Map<string, string[]>>): Map<string, string[]> {
  let m = cache.get(volume.id);
  if (!m) {
    m = new Map();
    const model = JSON.parse(volume.snapshot) as BookModel & { entryIds?: (string | null)[] };
    model.rows.forEach((row, i) => {
      const id = model.entryIds?.[i];
      if (id) m!.set(id, row.cells);
    });
    cache.set(volume.id, m);
  }
  return m;
}

/**
 * Records new amendments for a direction: corrections and cancellations of locked entries, and
 * late entries in locked ranges. Idempotent: a state already recorded is not recorded again.
 * Must run inside the caller's write transaction. Returns how many were recorded.
 */
export function detectAmendments(
  repo: BooksRepo,
  volumes: Pick<VolumesRepo, 'byId' | 'list'>,
  audit: AuditLog,
  direction: Direction,
  now: string,
): number {
  let recorded = 0;
  const snapshots = new Map<string, Map<string, string[]>>();
  const pending: AmendmentRow[] = [];
  for (const locked of repo.lockedEntries(direction)) {
    const cells = cellsOf(toEntry(locked));
    const sha = rowHash(cells);
    if (sha === locked.printed_sha256) continue;
    const volume = volumes.byId(locked.volume_id)!;
    const last = repo.lastAmendment(locked.id);
    const before = last?.cells ?? snapshotCells(volume, snapshots).get(locked.id) ?? [];
    const columns = cells.map((c, i) => (c !== before[i] ? i + 1 : 0)).filter((i) => i > 0);
    const cancelled = locked.status === 'cancelled' && !/Đã hủy số/.test(before[9] ?? '');
    const { reasons, lastSeq } = changeReasons(
      audit,
      locked.id,
      last?.auditSeq ?? audit.positionOf('book_volume', volume.id, 'books.volumeLocked'),
    );
    pending.push({
      id: newId(),
      entry_id: locked.id,
      volume_id: locked.volume_id,
      kind: cancelled ? 'cancellation' : 'correction',
      changes: JSON.stringify({ columns, cells, auditSeq: lastSeq }),
      reason: reasons.length > 0 ? reasons.join('; ') : null,
      row_sha256: sha,
      detected_at: now,
      reported_in: null,
    });
  }
  for (const volume of volumes.list('register', direction)) {
    for (const late of repo.lateEntries(volume)) {
      const cells = cellsOf(toEntry(late));
      pending.push({
        id: newId(),
        entry_id: late.id,
        volume_id: volume.id,
        kind: 'late-entry',
        changes: JSON.stringify({ columns: [], cells, auditSeq: audit.head() }),
        reason: null,
        row_sha256: rowHash(cells),
        detected_at: now,
        reported_in: null,
      });
    }
  }
  for (const a of pending) {
    repo.insertAmendment(a);
    recorded++;
  }
  return recorded;
}

/** One line for the UI and the Ghi chú of the amendment row. */
export function amendmentNote(a: {
  kind: AmendmentRow['kind'];
  changes: string;
  reason: string | null;
  volume_no: number;
  volume_year: number;
}): string {
  const where = `Quyển số ${a.volume_no} năm ${a.volume_year}`;
  const reason = a.reason ? ` Lý do: ${a.reason}.` : '';
  if (a.kind === 'late-entry') return `Vào sổ sau khi đã khóa ${where} (thuộc khoảng của quyển đó).`;
  if (a.kind === 'cancellation') return `Hủy số sau khi đã in ở ${where}.${reason}`;
  const columns = (JSON.parse(a.changes) as { columns: number[] }).columns.filter((c) => c !== 10);
  const which = columns.length > 0 ? `: sửa cột ${columns.map((c) => `(${c})`).join(', ')}` : '';
  return `Đính chính dòng đã in ở ${where}${which}.${reason}`;
}

export interface AmendmentRows {
  rows: BookRow[];
  entryIds: (string | null)[];
  amendmentIds: string[];
  /** Late entries become regular entries of the volume that prints them. */
  lateEntries: { entryId: string; number: number; sha: string }[];
}

/** The rows printed after the range: a section heading, then one row per pending amendment. */
export function amendmentRows(pending: ReturnType<BooksRepo['pendingAmendments']>): AmendmentRows {
  const out: AmendmentRows = { rows: [], entryIds: [], amendmentIds: [], lateEntries: [] };
  if (pending.length === 0) return out;
  out.rows.push({ kind: 'section', cells: ['Đính chính, bổ sung các quyển đã khóa'] });
  out.entryIds.push(null);
  for (const a of pending) {
    const cells = [...(JSON.parse(a.changes) as { cells: string[] }).cells];
    const note = amendmentNote(a);
    cells[9] = cells[9] ? `${note} ${cells[9]}` : note;
    out.rows.push({ kind: 'entry', cells });
    out.entryIds.push(a.kind === 'late-entry' ? a.entry_id : null);
    out.amendmentIds.push(a.id);
    if (a.kind === 'late-entry') out.lateEntries.push({ entryId: a.entry_id, number: a.number, sha: a.row_sha256 });
  }
  return out;
}
