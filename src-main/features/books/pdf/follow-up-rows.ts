/**
 * The row model of the Sổ theo dõi giải quyết văn bản đến (Phụ lục IV.VIII.2, 07 columns) and its
 * printed cells. Pure: the same item gives the same cells, which is what a locked volume compares.
 * An item is a document's life as of the printing date, rebuilt from its steps by the caller.
 */
import { formatDdMmYyyy, URGENCY_LABELS, type Urgency } from '../../../../src-shared/domain';

export type AssigneeRole = 'chu-tri' | 'phoi-hop' | 'de-biet';

export interface FollowUpAssignee {
  role: AssigneeRole;
  name: string;
  /** A deadline the leader gave this unit or person only (ISO date), if any. */
  deadline?: string | null;
}

export interface FollowUpItem {
  arrivalNumber: number | string;
  typeName: string;
  soKyHieu: string | null;
  issuedDate: string | null;
  organName: string;
  subject: string;
  priority: Urgency;
  assignees: FollowUpAssignee[];
  /** The deadline in force (ISO date), and the ones it replaced, oldest first. */
  deadline: string | null;
  previousDeadlines: string[];
  /** Progress notes, oldest first (ISO date + text). */
  progress: { date: string; text: string }[];
  /** How the document ended, if it did. */
  outcome: { kind: 'tra-loi' | 'luu' | 'khong-giai-quyet' | 'thu-hoi'; date: string; reason?: string | null } | null;
  /** Whether it is (or was, when finished) past its deadline; null without a deadline. */
  late: boolean | null;
  /** Số, ký hiệu of the outgoing documents that answer it. */
  replies: string[];
  notes: string[];
}

const ROLE_LABEL: Record<AssigneeRole, string> = { 'chu-tri': 'Chủ trì', 'phoi-hop': 'Phối hợp', 'de-biet': 'Để biết' };
const OUTCOME_LABEL = {
  'tra-loi': 'Đã giải quyết',
  luu: 'Lưu, để biết',
  'khong-giai-quyet': 'Không phải giải quyết',
  'thu-hoi': 'Đã thu hồi',
} as const;

const dmy = (iso: string | null | undefined): string => (iso ? formatDdMmYyyy(iso) : '');

/** Column (2): "Công văn số 12/UBND-VP ngày 01/12/2026 của UBND tỉnh …", then the subject. */
function documentCell(i: FollowUpItem): string {
  const parts = [i.typeName];
  if (i.soKyHieu) parts.push(`số ${i.soKyHieu}`);
  if (i.issuedDate) parts.push(`ngày ${dmy(i.issuedDate)}`);
  parts.push(`của ${i.organName}`);
  const subject = i.subject.trim();
  return subject ? `${parts.join(' ')}\nV/v ${subject}` : parts.join(' ');
}

function assigneesCell(i: FollowUpItem): string {
  const lines: string[] = [];
  for (const role of ['chu-tri', 'phoi-hop', 'de-biet'] as const) {
    const of = i.assignees.filter((a) => a.role === role);
    if (of.length === 0) continue;
    const names = of.map((a) => (a.deadline ? `${a.name} (hạn ${dmy(a.deadline)})` : a.name));
    lines.push(`${ROLE_LABEL[role]}: ${names.join('; ')}`);
  }
  return lines.join('\n');
}

function deadlineCell(i: FollowUpItem): string {
  if (!i.deadline) return '';
  const extended = i.previousDeadlines.map((d) => `(gia hạn, hạn cũ ${dmy(d)})`);
  return [dmy(i.deadline), ...extended].join('\n');
}

function progressCell(i: FollowUpItem): string {
  const lines = i.progress.map((p) => `${dmy(p.date)}: ${p.text}`);
  if (i.outcome) {
    const timing = i.outcome.kind === 'tra-loi' && i.late !== null ? (i.late ? ' (quá hạn)' : ' (đúng hạn)') : '';
    const reason = i.outcome.reason ? `: ${i.outcome.reason}` : '';
    lines.push(`${OUTCOME_LABEL[i.outcome.kind]} ngày ${dmy(i.outcome.date)}${timing}${reason}`);
  } else if (i.late) {
    lines.push('Quá hạn, chưa giải quyết');
  } else if (i.assignees.length > 0) {
    lines.push('Đang giải quyết');
  }
  return lines.join('\n');
}

/** The seven cells of an item's row, in the order of Phụ lục IV.VIII.2. */
export function followUpCells(i: FollowUpItem): string[] {
  const notes = [...(i.priority !== 'thuong' ? [URGENCY_LABELS[i.priority]] : []), ...i.notes];
  return [
    String(i.arrivalNumber),
    documentCell(i),
    assigneesCell(i),
    deadlineCell(i),
    progressCell(i),
    i.replies.join('\n'),
    notes.join('; '),
  ];
}
