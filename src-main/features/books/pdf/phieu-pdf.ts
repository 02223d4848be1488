/**
 * Phiếu giải quyết văn bản đến (Phụ lục IV.VII): the direction slip of one incoming document. A4
 * portrait, heading of an administrative document, title, the document's description where the form
 * has "(Tên loại; số và ký hiệu; ngày, tháng, năm; cơ quan ban hành và trích yếu …)", then the three
 * sections of the form. What the register does not know yet prints as dotted lines for handwriting,
 * so a blank slip can be printed before the leader writes on it.
 */
import type { AgencyProfile } from '../../../../src-shared/contracts/agency.contract';
import { formatDdMmYyyy, formatNgayThangNam } from '../../../../src-shared/domain';
import { documentHeading, LEFT, LH, newPage, paragraph, RIGHT, type Ctx, ensure } from './admin-page';
import type { FontFamily } from './fonts';
import { PdfCanvas } from './pdf-canvas';

export interface PhieuAssignee {
  name: string;
  /** This unit's or person's own deadline (ISO date), if the leader gave one. */
  deadline?: string | null;
}

export interface PhieuModel {
  agency: Pick<AgencyProfile, 'system' | 'parentName' | 'name' | 'placeName'>;
  /** The date of the slip (ISO date) for "…, ngày … tháng … năm …"; null prints dots. */
  date: string | null;
  /** "Công văn số 12/UBND-VP ngày 01/12/2026 của UBND tỉnh … về việc …". */
  document: string;
  /** "Số đến: 15 — Ngày đến: 02/12/2026". */
  arrival: string;
  /** 1. Ý kiến của lãnh đạo cơ quan, tổ chức; null = not given yet. */
  leader: {
    leaderName: string | null;
    text: string | null;
    chuTri: PhieuAssignee[];
    phoiHop: PhieuAssignee[];
    deBiet: string[];
    /** Deadline of the whole document (ISO date). */
    deadline: string | null;
    date: string | null;
  } | null;
  /** 2. Ý kiến của lãnh đạo đơn vị. */
  unitLeader: {
    leaderName: string | null;
    assignee: string | null;
    deadline: string | null;
    text: string | null;
    date: string | null;
  } | null;
  /** 3. Ý kiến đề xuất của người giải quyết. */
  proposal: { text: string | null; date: string | null } | null;
  /** Fixed metadata date (ISO with offset). */
  printedAt: string;
}

const DATE_DOTS = 'ngày …… tháng …… năm ……';
const dmy = (iso: string | null | undefined): string => (iso ? formatDdMmYyyy(iso) : '');

function withDeadline(a: PhieuAssignee): string {
  return a.deadline ? `${a.name} (hạn ${dmy(a.deadline)})` : a.name;
}

/** `prefix` followed by dots up to the right margin (one line; a long prefix gets a line of its own). */
function dotted(x: Ctx, prefix: string): string {
  const room = RIGHT - LEFT - 12;
  const dot = x.c.width('regular', 13, '…');
  const used = x.c.width('regular', 13, prefix) % room;
  const n = Math.max(3, Math.floor((room - used) / dot) - 1);
  return prefix + '…'.repeat(n);
}

/** "- label: value", or "- label: ……" followed by a dotted line when there is no value. */
function item(x: Ctx, label: string, value: string | null, blankLines = 1): void {
  if (value && value.trim()) {
    paragraph(x, 'regular', 13, `- ${label}: ${value.trim()}`, 'left', LEFT + 12, RIGHT);
    return;
  }
  paragraph(x, 'regular', 13, dotted(x, `- ${label}: `), 'left', LEFT + 12, RIGHT);
  for (let i = 1; i < blankLines; i++) paragraph(x, 'regular', 13, dotted(x, ''), 'left', LEFT + 12, RIGHT);
}

function sectionTitle(x: Ctx, text: string): void {
  ensure(x, LH * 6);
  x.y -= LH * 0.5;
  paragraph(x, 'bold', 13, text);
}

export async function renderPhieu(m: PhieuModel, family: FontFamily): Promise<{ bytes: Uint8Array; pages: number }> {
  const c = await PdfCanvas.create(family, {
    title: `Phiếu giải quyết văn bản đến — ${m.arrival}`,
    subject: m.agency.name,
    date: new Date(m.printedAt),
  });
  const x: Ctx = { c, y: 0, page: 0 };
  newPage(x);
  const place = m.agency.placeName.trim() || '……………';
  documentHeading(x, m.agency, m.date ? formatNgayThangNam(m.date, m.agency.placeName) : `${place}, ${DATE_DOTS}`);

  x.y -= LH * 0.5;
  paragraph(x, 'bold', 14, 'PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN', 'center');
  paragraph(x, 'regular', 13, `(${m.document})`, 'center', LEFT + 20, RIGHT - 20);
  paragraph(x, 'italic', 12, m.arrival, 'center');
  const mid = (LEFT + RIGHT) / 2;
  c.line(mid - 30, x.y - 2, mid + 30, x.y - 2, 0.6);
  x.y -= LH;

  sectionTitle(x, '1. Ý kiến của lãnh đạo cơ quan, tổ chức');
  const l = m.leader;
  if (l?.text) paragraph(x, 'italic', 13, `“${l.text.trim()}”`, 'left', LEFT + 12, RIGHT);
  item(x, 'Giao đơn vị, cá nhân chủ trì', l && l.chuTri.length ? l.chuTri.map(withDeadline).join('; ') : null);
  item(x, 'Giao các đơn vị, cá nhân tham gia phối hợp giải quyết', l && l.phoiHop.length ? l.phoiHop.map(withDeadline).join('; ') : null);
  if (l && l.deBiet.length) item(x, 'Để biết', l.deBiet.join('; '));
  item(x, 'Thời hạn giải quyết', l?.deadline ? dmy(l.deadline) : null);
  item(x, 'Ngày tháng cho ý kiến phân phối, giải quyết', l?.date ? dmy(l.date) : null);
  if (l?.leaderName) paragraph(x, 'bold', 13, l.leaderName, 'center', mid, RIGHT);

  sectionTitle(x, '2. Ý kiến của lãnh đạo đơn vị');
  const u = m.unitLeader;
  if (u?.text) paragraph(x, 'italic', 13, `“${u.text.trim()}”`, 'left', LEFT + 12, RIGHT);
  item(x, 'Giao cho cá nhân', u?.assignee ?? null, 2);
  item(x, 'Thời hạn giải quyết đối với cá nhân', u?.deadline ? dmy(u.deadline) : null);
  item(x, 'Ngày, tháng, năm cho ý kiến', u?.date ? dmy(u.date) : null);
  if (u?.leaderName) paragraph(x, 'bold', 13, u.leaderName, 'center', mid, RIGHT);

  sectionTitle(x, '3. Ý kiến đề xuất của người giải quyết');
  const p = m.proposal;
  item(x, 'Ý kiến đề xuất giải quyết văn bản đến', p?.text ?? null, 3);
  item(x, 'Ngày, tháng, năm đề xuất ý kiến', p?.date ? dmy(p.date) : null);

  const bytes = await c.save();
  return { bytes, pages: c.pageCount };
}
