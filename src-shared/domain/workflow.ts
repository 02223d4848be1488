/**
 * The life of an incoming document after its số đến (Nghị định 30/2020 Điều 23–24; spec §5.2):
 * trình → chỉ đạo (or chuyển thẳng) → chuyển → đang giải quyết → hoàn thành, with thu hồi from any
 * state and mở lại from hoàn thành. Pure: the service replays or projects with `applyStep` and
 * refuses whatever `applyStep` refuses, with the Vietnamese message it gives.
 */
import { domainErr, domainOk, type DomainResult } from './domain-result';

/** Stored values are stable ASCII; labels are for display. */
export const WORKFLOW_STATES = ['cho-trinh', 'cho-chi-dao', 'cho-chuyen', 'dang-giai-quyet', 'hoan-thanh', 'thu-hoi'] as const;
export type WorkflowState = (typeof WORKFLOW_STATES)[number];

export const WORKFLOW_STATE_LABELS: Readonly<Record<WorkflowState, string>> = Object.freeze({
  'cho-trinh': 'Chờ trình',
  'cho-chi-dao': 'Chờ ý kiến chỉ đạo',
  'cho-chuyen': 'Chờ chuyển',
  'dang-giai-quyet': 'Đang giải quyết',
  'hoan-thanh': 'Hoàn thành',
  'thu-hoi': 'Đã thu hồi',
});

export const WORKFLOW_STEPS = [
  'trinh',
  'chi-dao',
  'chuyen-thang',
  'chuyen',
  'y-kien-don-vi',
  'tien-do',
  'gia-han',
  'hoan-thanh',
  'mo-lai',
  'thu-hoi',
] as const;
export type WorkflowStepKind = (typeof WORKFLOW_STEPS)[number];

export const WORKFLOW_STEP_LABELS: Readonly<Record<WorkflowStepKind, string>> = Object.freeze({
  trinh: 'Trình',
  'chi-dao': 'Ý kiến chỉ đạo',
  'chuyen-thang': 'Chuyển thẳng',
  chuyen: 'Chuyển',
  'y-kien-don-vi': 'Ý kiến lãnh đạo đơn vị',
  'tien-do': 'Tiến độ',
  'gia-han': 'Gia hạn',
  'hoan-thanh': 'Hoàn thành',
  'mo-lai': 'Mở lại',
  'thu-hoi': 'Thu hồi',
});

/** How a document is completed. */
export const COMPLETION_KINDS = ['tra-loi', 'luu-de-biet', 'khong-giai-quyet'] as const;
export type CompletionKind = (typeof COMPLETION_KINDS)[number];
export const COMPLETION_LABELS: Readonly<Record<CompletionKind, string>> = Object.freeze({
  'tra-loi': 'Đã trả lời',
  'luu-de-biet': 'Lưu, để biết',
  'khong-giai-quyet': 'Không phải giải quyết',
});

/** What a state needs to know to decide the next step: where it is and where mở lại returns. */
export interface WorkflowSnapshot {
  readonly state: WorkflowState;
  /** The state before hoàn thành (mở lại returns there, as "đang giải quyết" at the earliest). */
  readonly beforeCompletion: WorkflowState | null;
}

export const INITIAL_SNAPSHOT: WorkflowSnapshot = Object.freeze({ state: 'cho-trinh', beforeCompletion: null });

/**
 * Which step may follow which state. Thu hồi is allowed from every state but thu hồi itself. The
 * unit leader's direction (Phụ lục IV.VII box 2) comes once the unit has the document (after chuyển).
 */
const ALLOWED: Readonly<Record<WorkflowState, readonly WorkflowStepKind[]>> = Object.freeze({
  'cho-trinh': ['trinh', 'chuyen-thang', 'gia-han', 'thu-hoi'],
  'cho-chi-dao': ['trinh', 'chi-dao', 'chuyen-thang', 'gia-han', 'hoan-thanh', 'thu-hoi'],
  'cho-chuyen': ['chi-dao', 'chuyen', 'gia-han', 'hoan-thanh', 'thu-hoi'],
  'dang-giai-quyet': ['chi-dao', 'chuyen', 'y-kien-don-vi', 'tien-do', 'gia-han', 'hoan-thanh', 'thu-hoi'],
  'hoan-thanh': ['mo-lai', 'thu-hoi'],
  'thu-hoi': [],
});

/** The steps that may follow `state`, in display order. */
export function nextAllowed(state: WorkflowState): readonly WorkflowStepKind[] {
  return ALLOWED[state];
}

export type WorkflowErrorCode = 'STEP_NOT_ALLOWED' | 'RECALLED' | 'COMPLETED';

/** The refusal of `step` in `state`: the step and the state travel as codes (words in the catalog). */
function refusal(state: WorkflowState, step: WorkflowStepKind): DomainResult<never, WorkflowErrorCode> {
  if (state === 'thu-hoi') return domainErr('RECALLED', 'workflow.stepAfterRecall', { step });
  if (state === 'hoan-thanh') return domainErr('COMPLETED', 'workflow.stepAfterCompletion', { step });
  return domainErr('STEP_NOT_ALLOWED', 'workflow.stepNotAllowed', { step, state, allowed: ALLOWED[state].join(',') });
}

/** The state a step leads to (for steps that keep the state, the same state). */
function target(snap: WorkflowSnapshot, step: WorkflowStepKind): WorkflowState {
  switch (step) {
    case 'trinh':
      return 'cho-chi-dao';
    case 'chi-dao':
    case 'chuyen-thang':
      return snap.state === 'dang-giai-quyet' ? 'dang-giai-quyet' : 'cho-chuyen';
    case 'chuyen':
    case 'tien-do':
      return 'dang-giai-quyet';
    case 'y-kien-don-vi':
    case 'gia-han':
      return snap.state;
    case 'hoan-thanh':
      return 'hoan-thanh';
    case 'mo-lai': {
      const back = snap.beforeCompletion;
      return back === 'cho-chi-dao' || back === 'cho-chuyen' ? back : 'dang-giai-quyet';
    }
    case 'thu-hoi':
      return 'thu-hoi';
  }
}

/** The snapshot after `step`, or a refusal naming the state and the steps allowed from it. */
export function applyStep(snap: WorkflowSnapshot, step: WorkflowStepKind): DomainResult<WorkflowSnapshot, WorkflowErrorCode> {
  if (!ALLOWED[snap.state].includes(step)) return refusal(snap.state, step);
  const state = target(snap, step);
  const beforeCompletion = step === 'hoan-thanh' ? snap.state : step === 'mo-lai' ? null : snap.beforeCompletion;
  return domainOk({ state, beforeCompletion });
}

/** Replays a history of steps from registration; the first refused step ends the replay with its error. */
export function replaySteps(steps: readonly WorkflowStepKind[]): DomainResult<WorkflowSnapshot, WorkflowErrorCode> {
  let snap: WorkflowSnapshot = INITIAL_SNAPSHOT;
  for (const s of steps) {
    const r = applyStep(snap, s);
    if (!r.ok) return r;
    snap = r.value;
  }
  return domainOk(snap);
}

/** The open states: those the Việc cần làm lists follow and deadlines can be overdue in. */
export function isOpenState(state: WorkflowState): boolean {
  return state !== 'hoan-thanh' && state !== 'thu-hoi';
}

/** Where a deadline came from, in the order of precedence (gia hạn overrides all). */
export const DEADLINE_SOURCES = ['sender', 'leader', 'default', 'extended'] as const;
export type DeadlineSource = (typeof DEADLINE_SOURCES)[number];
export const DEADLINE_SOURCE_LABELS: Readonly<Record<DeadlineSource, string>> = Object.freeze({
  sender: 'Hạn trả lời của nơi gửi',
  leader: 'Hạn theo ý kiến chỉ đạo',
  default: 'Hạn mặc định của cơ quan',
  extended: 'Hạn đã gia hạn',
});

/** Computed, never typed. */
export const DEADLINE_STATUSES = ['khong-han', 'trong-han', 'sap-den-han', 'qua-han', 'hoan-thanh-dung-han', 'hoan-thanh-qua-han'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];
export const DEADLINE_STATUS_LABELS: Readonly<Record<DeadlineStatus, string>> = Object.freeze({
  'khong-han': 'Không có hạn',
  'trong-han': 'Trong hạn',
  'sap-den-han': 'Sắp đến hạn',
  'qua-han': 'Quá hạn',
  'hoan-thanh-dung-han': 'Hoàn thành đúng hạn',
  'hoan-thanh-qua-han': 'Hoàn thành quá hạn',
});

/**
 * The deadline status of a document: dates are "YYYY-MM-DD" (Vietnam time), compared as text.
 * `soonUntil` is the last day counted as "sắp đến hạn": today plus N working days, worked out on
 * the working calendar by the caller. A deadline day itself is still on time (quá hạn from the day
 * after). A completed document is judged by its completion date; a recalled one has no status.
 */
export function deadlineStatus(input: {
  state: WorkflowState;
  dueDate: string | null;
  completedOn: string | null;
  today: string;
  soonUntil: string;
}): DeadlineStatus {
  const { state, dueDate, completedOn, today, soonUntil } = input;
  if (dueDate === null || state === 'thu-hoi') return 'khong-han';
  if (state === 'hoan-thanh') return completedOn !== null && completedOn > dueDate ? 'hoan-thanh-qua-han' : 'hoan-thanh-dung-han';
  if (today > dueDate) return 'qua-han';
  if (dueDate <= soonUntil) return 'sap-den-han';
  return 'trong-han';
}

/**
 * Deadline checks shared by the form and the service: a deadline must not fall before the day the
 * document arrived, and an extension must move the deadline later.
 */
export type DeadlineErrorCode = 'DEADLINE_BEFORE_ARRIVAL' | 'EXTENSION_NOT_LATER';

/**
 * `label` names which deadline (a code of the `deadlineLabel` words in src-shared/rpc/error-texts/
 * words.ts: 'due', 'leader', 'new', 'person', or 'unit' with `party` naming the unit).
 */
export function checkDeadline(
  dueDate: string,
  arrivalDate: string,
  label: 'due' | 'leader' | 'new' | 'person' | 'unit' = 'due',
  party = '',
): DomainResult<string, DeadlineErrorCode> {
  if (dueDate < arrivalDate) {
    return domainErr('DEADLINE_BEFORE_ARRIVAL', 'workflow.deadlineBeforeArrival', {
      label,
      party,
      due: dmy(dueDate),
      arrival: dmy(arrivalDate),
    });
  }
  return domainOk(dueDate);
}

export function checkExtension(newDue: string, oldDue: string | null): DomainResult<string, DeadlineErrorCode> {
  if (oldDue !== null && newDue <= oldDue) {
    return domainErr('EXTENSION_NOT_LATER', 'workflow.extensionNotLater', { due: dmy(newDue), current: dmy(oldDue) });
  }
  return domainOk(newDue);
}

function dmy(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/**
 * Điều 23.1: present on the day of arrival, at the latest the next working day; khẩn at once.
 * Ordering key for "chờ trình": urgent first (higher rank first), then oldest arrival.
 */
export function presentationOrder(
  a: { urgencyRank: number; arrivalDate: string },
  b: { urgencyRank: number; arrivalDate: string },
): number {
  if (a.urgencyRank !== b.urgencyRank) return b.urgencyRank - a.urgencyRank;
  return a.arrivalDate < b.arrivalDate ? -1 : a.arrivalDate > b.arrivalDate ? 1 : 0;
}
