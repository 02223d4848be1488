/**
 * Everything about an incoming document's workflow, folded from its steps: state, deadline (with
 * the ones gia hạn replaced), who it was presented to, the last direction, the hand-over, the
 * completion, progress notes. Pure over stored rows, so the sổ theo dõi can be rebuilt as at any
 * date by folding only the steps up to it; the projection table holds the same fold of all steps.
 */
import type { PartyRef } from '../../../src-shared/contracts/workflow.contract';
import {
  applyStep,
  INITIAL_SNAPSHOT,
  type CompletionKind,
  type DeadlineSource,
  type WorkflowSnapshot,
  type WorkflowStepKind,
} from '../../../src-shared/domain';
import type { FoldStepRow } from './workflow.repo';

/** A deadline a step set, as stored in its payload. */
export interface DueSet {
  dueDate: string;
  source: DeadlineSource;
  calendarVersions: string[];
}

export interface DirectionFold {
  kind: 'chi-dao' | 'chuyen-thang';
  decidedBy: PartyRef | null;
  text: string | null;
  chuTri: PartyRef;
  phoiHop: PartyRef[];
  deBiet: PartyRef[];
  unitDeadlines: { party: PartyRef; dueDate: string }[];
  at: string;
}

/** The unit leader's direction (Phụ lục IV.VII box 2). */
export interface UnitDirectionFold {
  decidedBy: PartyRef;
  text: string;
  assignee: PartyRef | null;
  dueDate: string | null;
  at: string;
}

export interface WorkflowFold {
  snapshot: WorkflowSnapshot;
  stepCount: number;
  due: (DueSet & { previous: { dueDate: string; reason: string; at: string }[] }) | null;
  presentedTo: PartyRef | null;
  direction: DirectionFold | null;
  /** The last direction of the unit leader. */
  unitDirection: UnitDirectionFold | null;
  /** Everyone handed the document so far, in order, without repeats. */
  recipients: PartyRef[];
  /** First hand-over date. */
  handedOn: string | null;
  completion: { how: CompletionKind; on: string; reason: string | null; replyEntryId: string | null } | null;
  notes: { at: string; note: string }[];
}

/** The day (Vietnam) of a step's `at`: "YYYY-MM-DD…" as given. */
export const dayOf = (at: string): string => at.slice(0, 10);

interface Payload {
  due?: DueSet;
  leader?: PartyRef;
  decidedBy?: PartyRef | null;
  direction?: string;
  chuTri?: PartyRef;
  phoiHop?: PartyRef[];
  deBiet?: PartyRef[];
  unitDeadlines?: { party: PartyRef; dueDate: string }[];
  recipients?: PartyRef[];
  date?: string;
  note?: string | null;
  reason?: string | null;
  how?: CompletionKind;
  replyEntryId?: string | null;
  assignee?: PartyRef | null;
  dueDate?: string | null;
}

export function foldSteps(senderDue: string | null, steps: readonly FoldStepRow[], asOf?: string): WorkflowFold {
  const f: WorkflowFold = {
    snapshot: INITIAL_SNAPSHOT,
    stepCount: 0,
    due: senderDue ? { dueDate: senderDue, source: 'sender', calendarVersions: [], previous: [] } : null,
    presentedTo: null,
    direction: null,
    unitDirection: null,
    recipients: [],
    handedOn: null,
    completion: null,
    notes: [],
  };
  for (const s of steps) {
    if (asOf !== undefined && dayOf(s.at) > asOf) continue;
    const r = applyStep(f.snapshot, s.kind as WorkflowStepKind);
    // Stored steps were checked when written; a row the machine refuses is skipped, not trusted.
    if (!r.ok) continue;
    f.snapshot = r.value;
    f.stepCount = Math.max(f.stepCount, s.seq);
    const p = (typeof s.payload === 'string' ? JSON.parse(s.payload) : s.payload) as Payload;
    if (p.due) {
      const previous = f.due ? [...f.due.previous] : [];
      if (s.kind === 'gia-han' && f.due) previous.push({ dueDate: f.due.dueDate, reason: p.reason ?? '', at: s.at });
      f.due = { ...p.due, previous };
    }
    switch (s.kind) {
      case 'trinh':
        f.presentedTo = p.leader ?? null;
        break;
      case 'chi-dao':
      case 'chuyen-thang':
        f.direction = {
          kind: s.kind,
          decidedBy: p.decidedBy ?? null,
          text: p.direction ?? null,
          chuTri: p.chuTri!,
          phoiHop: p.phoiHop ?? [],
          deBiet: p.deBiet ?? [],
          unitDeadlines: p.unitDeadlines ?? [],
          at: s.at,
        };
        break;
      case 'chuyen':
        for (const x of p.recipients ?? []) if (!f.recipients.some((y) => y.kind === x.kind && y.id === x.id)) f.recipients.push(x);
        f.handedOn ??= p.date ?? dayOf(s.at);
        break;
      case 'y-kien-don-vi':
        f.unitDirection = {
          decidedBy: p.decidedBy!,
          text: p.direction ?? '',
          assignee: p.assignee ?? null,
          dueDate: p.dueDate ?? null,
          at: s.at,
        };
        break;
      case 'tien-do':
        f.notes.push({ at: s.at, note: p.note ?? '' });
        break;
      case 'hoan-thanh':
        f.completion = { how: p.how!, on: dayOf(s.at), reason: p.reason ?? null, replyEntryId: p.replyEntryId ?? null };
        break;
      case 'mo-lai':
        f.completion = null;
        f.notes.push({ at: s.at, note: `Mở lại: ${p.reason ?? ''}` });
        break;
      case 'thu-hoi':
        f.notes.push({ at: s.at, note: `Thu hồi: ${p.reason ?? ''}` });
        break;
    }
  }
  return f;
}

/** "Đơn vị hoặc người nhận" as the sổ đến prints it. */
export function handedToText(recipients: readonly PartyRef[]): string | null {
  return recipients.length === 0 ? null : recipients.map((r) => r.name).join('; ');
}
