/**
 * The printed side of the incoming workflow: the Phiếu giải quyết văn bản đến of one document and
 * the Sổ theo dõi giải quyết văn bản đến of a period, with locked volumes like the register books.
 * Invariants: quyển số counts 1, 2, 3 … within a year; locked periods of a year never overlap and
 * only a period that has ended can be locked; a locked volume's snapshot and PDF hash never change,
 * and a reprint returns exactly those bytes (rendered again and compared, else the kept PDF).
 * The workflow is read through its operations (`WorkflowReader`), never its tables.
 */
import type { z } from 'zod';
import type { AgencyProfile } from '../../../src-shared/contracts/agency.contract';
import type { FollowUpRow, HandlingTallyRow, WorkflowView } from '../../../src-shared/contracts/workflow.contract';
import type { booksPrintFollowUp } from '../../../src-shared/contracts/workflow-print.contract';
import type { ParsedInputOf } from '../../../src-shared/rpc/define';
import { formatDdMmYyyy, toVnIso } from '../../../src-shared/domain';
import { appError } from '../../../src-shared/rpc/errors';
import { createLockedVolumes, toLockedVolume, type LockedVolumesDeps, type PeriodBook } from './locked-volumes';
import { MEDIA } from './output-store';
import { FOLLOW_UP_TITLE, type BookRow } from './pdf/book-model';
import { renderPhieu } from './pdf/phieu-pdf';

type PrintInput = ParsedInputOf<typeof booksPrintFollowUp>;
type PrintOutput = z.output<(typeof booksPrintFollowUp)['output']>;

/** What this service reads of the workflow: its operations, answered by the workflow feature. */
export interface WorkflowReader {
  get(entryId: string): Promise<WorkflowView>;
  followUp(input: {
    from: string;
    to: string;
    asOf?: string;
    limit: number;
    offset: number;
  }): Promise<{ total: number; rows: FollowUpRow[] }>;
  handlingTally(input: { from: string; to: string }): Promise<{ asOf: string; rows: HandlingTallyRow[] }>;
}

export interface FollowUpPrintDeps extends LockedVolumesDeps {
  workflow: WorkflowReader;
  agency: () => AgencyProfile | null;
}

const dmy = (iso: string | null | undefined) => (iso ? formatDdMmYyyy(iso.slice(0, 10)) : '');
const FOLLOW_UP_BOOK: PeriodBook = {
  kind: 'theo-doi',
  title: 'Sổ theo dõi giải quyết văn bản đến',
  coverTitle: FOLLOW_UP_TITLE,
  emptyText: 'Không có văn bản đến nào trong khoảng này.',
};
/** The follow-up book is read in pages of this many rows (the workflow operation's bound). */
const PAGE = 10_000;

/** The seven cells of Phụ lục IV.VIII.2 from a row of the workflow's follow-up query. */
export function followUpCells(r: FollowUpRow): string[] {
  return [String(r.arrivalNumber ?? ''), r.document, r.handedTo ?? '', r.deadline ?? '', r.progress, r.replySoKyHieu ?? '', r.note ?? ''];
}

/** "Công văn số 12/UBND-VP ngày 01/12/2026 của UBND tỉnh … về việc …" for the phiếu's subtitle. */
function describe(v: WorkflowView): string {
  const parts = [v.typeName];
  if (v.soKyHieu) parts.push(`số ${v.soKyHieu}`);
  parts.push(`của ${v.organName}`);
  const subject = v.subject.trim();
  return `${parts.join(' ')}${subject ? `: ${subject}` : ''}`;
}

export function createFollowUpPrintService(deps: FollowUpPrintDeps) {
  const book = createLockedVolumes(
    {
      book: 'theo-doi',
      direction: 'den',
      auditEntity: 'follow_up_volume',
      fileStem: 'so-theo-doi',
      lockedAction: 'books.followUpLocked',
      reprintedAction: 'books.followUpReprinted',
    },
    deps,
  );

  function requireAgency(): AgencyProfile {
    const agency = deps.agency();
    if (!agency) throw appError('books.noAgencyForPrint');
    return agency;
  }

  return {
    async printPhieu(entryId: string): Promise<{ File: PrintOutput['File']; Pages: number }> {
      const agency = requireAgency();
      const v = await deps.workflow.get(entryId);
      const dir = v.direction;
      const unitDue = new Map((dir?.unitDeadlines ?? []).map((u) => [u.party.id, u.dueDate]));
      const withDue = (p: { id: string; name: string }) => ({ name: p.name, deadline: unitDue.get(p.id) ?? null });
      const progress = v.steps.filter((s) => s.kind === 'tien-do');
      const last = progress[progress.length - 1];
      const now = deps.clock.now();
      const { bytes, pages } = await renderPhieu(
        {
          agency,
          date: dir ? dir.at.slice(0, 10) : null,
          document: describe(v),
          arrival: `Số đến: ${v.arrivalNumber ?? '…'} — Ngày đến: ${dmy(v.arrivalDate)}`,
          leader: dir
            ? {
                leaderName: dir.decidedBy?.name ?? null,
                text: dir.text,
                chuTri: [withDue(dir.chuTri)],
                phoiHop: dir.phoiHop.map(withDue),
                deBiet: dir.deBiet.map((p) => p.name),
                deadline: v.deadline?.dueDate ?? null,
                date: dir.at.slice(0, 10),
              }
            : null,
          unitLeader: v.unitDirection
            ? {
                leaderName: v.unitDirection.decidedBy.name,
                text: v.unitDirection.text,
                assignee: v.unitDirection.assignee?.name ?? null,
                deadline: v.unitDirection.dueDate,
                date: v.unitDirection.at.slice(0, 10),
              }
            : null,
          proposal: last ? { text: String((last.payload as { note?: unknown }).note ?? ''), date: last.at.slice(0, 10) } : null,
          printedAt: toVnIso(now),
        },
        await deps.fonts.preferred(),
      );
      const file = await deps.output.put(bytes, MEDIA.pdf, `phieu-giai-quyet-so-den-${v.arrivalNumber ?? v.entryId}-${v.year}.pdf`, pages);
      return { File: file, Pages: pages };
    },

    volumes: (year?: number) => book.volumes(year).map(toLockedVolume),

    print(input: PrintInput, actor: string): Promise<PrintOutput> {
      if (input.Volume === undefined || input.Lock) requireAgency();
      return book.print(input, actor, FOLLOW_UP_BOOK, async ({ from, to, today }) => {
        const agency = requireAgency();
        const rows: BookRow[] = [];
        for (let offset = 0; ; offset += PAGE) {
          const page = await deps.workflow.followUp({ from, to, asOf: today, limit: PAGE, offset });
          for (const r of page.rows) rows.push({ kind: 'entry', cells: followUpCells(r) });
          if (page.rows.length < PAGE || offset + PAGE >= page.total) break;
        }
        return { agency, rows };
      });
    },
  };
}
