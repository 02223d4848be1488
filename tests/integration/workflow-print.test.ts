import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoredOutput } from '../../src-shared/contracts/books.contract';
import type { RegisterEntry } from '../../src-shared/contracts/register.contract';
import type { WorkflowView } from '../../src-shared/contracts/workflow.contract';
import type { HandlingReport } from '../../src-shared/contracts/workflow-print.contract';
import { needTools } from '../support/tools';
import { agencyApp, err, incoming, ok, outgoing, type TestApp } from './register-helpers';
import { flat, missingFromFlat } from '../support/text-check';

const poppler = needTools('pdftotext');
let open: TestApp[] = [];
afterEach(() => {
  for (const a of open) a.close();
  open = [];
});

function pdfText(app: TestApp, file: StoredOutput): string {
  const located = app.locateFile(file.sha256);
  expect(located).not.toBeNull();
  return execFileSync('pdftotext', ['-raw', located!.path, '-'], { encoding: 'utf8' });
}

/** Three letters of March 2026: one answered late, one directed and overdue, one not yet presented. */
async function scenario() {
  const { app, clock } = await agencyApp('2026-03-05T02:00:00Z');
  open.push(app);
  await ok(app, 'directory.addUnit', { name: 'Phòng Tổng hợp', shortName: 'TH' });
  await ok(app, 'directory.addUnit', { name: 'Phòng Tài chính - Kế hoạch', shortName: 'TCKH' });
  await ok(app, 'directory.addPerson', { fullName: 'Trần Thị Bình', position: 'Giám đốc', isLeader: true });
  const reg = async (n: string) =>
    (await ok<{ entry: RegisterEntry }>(app, 'register.addIncoming', incoming({ SoKyHieu: `${n}/UBND-VP` }))).entry;
  const step = (entryId: string, s: Record<string, unknown>) => ok(app, 'workflow.step', { entryId, step: s });
  const a = await reg('101');
  const b = await reg('102');
  const c = await reg('103');
  for (const [e, unit] of [
    [a, 'Phòng Tổng hợp'],
    [b, 'TCKH'],
  ] as const) {
    await step(e.id, { kind: 'trinh', leader: { kind: 'person', name: 'Trần Thị Bình' } });
    await step(e.id, {
      kind: 'chi-dao',
      direction: 'Giao chủ trì, tham mưu trả lời.',
      chuTri: { kind: 'unit', name: unit },
      phoiHop: e === a ? [{ kind: 'unit', name: 'TCKH' }] : [],
      dueInWorkingDays: 5,
    });
    await step(e.id, { kind: 'chuyen', method: 'giay-ky-nhan', receivedBy: 'Lê Văn Cường' });
  }
  // Box 2 of a's phiếu: the head of the unit in charge gives it to one of its officers.
  await ok(app, 'directory.addPerson', { fullName: 'Nguyễn Văn Hùng', position: 'Trưởng phòng Tổng hợp' });
  await ok(app, 'directory.addPerson', { fullName: 'Lê Thị Mai', position: 'Chuyên viên' });
  await step(a.id, {
    kind: 'y-kien-don-vi',
    decidedBy: { kind: 'person', name: 'Nguyễn Văn Hùng' },
    direction: 'Giao đồng chí Mai dự thảo văn bản trả lời.',
    assignee: { kind: 'person', name: 'le thi mai' },
    dueDate: '2026-03-10',
    at: '2026-03-06T08:30',
  });
  clock.set('2026-03-16T02:00:00Z'); // after the deadline of 12/03
  const reply = (
    await ok<{ entry: RegisterEntry }>(
      app,
      'register.addOutgoing',
      outgoing({ TypeName: 'Công văn', UnitAbbreviation: 'VP', Subject: 'Trả lời Công văn 101' }),
    )
  ).entry;
  await step(a.id, { kind: 'hoan-thanh', how: 'tra-loi', replyEntryId: reply.id });
  return { app, clock, a, b, c, reply };
}

describe.skipIf(poppler.skip)(poppler.title('workflow print: phiếu, sổ theo dõi, tình hình giải quyết'), () => {
  it('prints the phiếu of a document filled from its direction, and the sổ theo dõi with its 7 columns', async () => {
    const { app, a, b, reply } = await scenario();
    const phieu = await ok<{ File: StoredOutput; Pages: number }>(app, 'books.printPhieu', { entryId: a.id });
    expect(phieu.Pages).toBe(1);
    const pt = flat(pdfText(app, phieu.File));
    expect(
      missingFromFlat(pt, [
        'PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN',
        `Số đến: ${a.ArrivalNumber}`,
        '101/UBND-VP',
        '- Giao đơn vị, cá nhân chủ trì: Phòng Tổng hợp',
        'Phòng Tài chính - Kế hoạch',
        'Thời hạn giải quyết: 12/03/2026',
        'Trần Thị Bình',
        '2. Ý kiến của lãnh đạo đơn vị',
        '“Giao đồng chí Mai dự thảo văn bản trả lời.”',
        '- Giao cho cá nhân: Lê Thị Mai',
        '- Thời hạn giải quyết đối với cá nhân: 10/03/2026',
        '- Ngày, tháng, năm cho ý kiến: 06/03/2026',
        'Nguyễn Văn Hùng',
      ]),
    ).toEqual([]);
    // Box 2 comes after box 1 and before box 3; a document without it keeps the dotted lines.
    expect(pt.indexOf(flat('Nguyễn Văn Hùng'))).toBeGreaterThan(pt.indexOf(flat('2. Ý kiến của lãnh đạo đơn vị')));
    expect(pt.indexOf(flat('Nguyễn Văn Hùng'))).toBeLessThan(pt.indexOf(flat('3. Ý kiến đề xuất')));
    const view = await ok<WorkflowView>(app, 'workflow.get', { entryId: a.id });
    expect(view.unitDirection).toMatchObject({
      decidedBy: { kind: 'person', name: 'Nguyễn Văn Hùng' },
      assignee: { kind: 'person', name: 'Lê Thị Mai' },
      dueDate: '2026-03-10',
      at: '2026-03-06T08:30',
    });
    // The step keeps the state; it is recorded with who decided it.
    expect(view.steps.find((s) => s.kind === 'y-kien-don-vi')).toMatchObject({
      stateAfter: 'dang-giai-quyet',
      decidedBy: { name: 'Nguyễn Văn Hùng' },
    });
    const blank = await ok<{ File: StoredOutput }>(app, 'books.printPhieu', { entryId: b.id });
    expect(flat(pdfText(app, blank.File))).toContain(flat('- Giao cho cá nhân: ……'));

    const book = await ok<{ File: StoredOutput; Entries: number; Volume: unknown }>(app, 'books.printFollowUp', {
      From: '2026-03-01',
      To: '2026-03-31',
    });
    expect(book.Entries).toBe(3);
    expect(book.Volume).toBeNull();
    const bt = flat(pdfText(app, book.File));
    expect(bt).toContain(flat('SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN'));
    expect(bt).toContain(flat('Số, ký hiệu văn bản trả lời'));
    expect(bt).toContain('(7)');
    expect(bt).toContain(flat(reply.SoKyHieu!));
    expect(bt).toContain(flat('Phòng Tổng hợp'));
  });

  it('locks a follow-up volume only for an ended period, numbers volumes in the year, reprints byte for byte', async () => {
    const { app, clock } = await scenario();
    const early = await err(app, 'books.printFollowUp', { From: '2026-03-01', To: '2026-03-31', Lock: true });
    expect(early.kind).toBe('Conflict');
    expect(early.message).toContain('Chỉ khóa được khoảng đã kết thúc');
    clock.set('2026-04-02T02:00:00Z');
    const locked = await ok<{ File: StoredOutput; Volume: { VolumeNo: number; PdfSha256: string } }>(app, 'books.printFollowUp', {
      From: '2026-03-01',
      To: '2026-03-31',
      Lock: true,
    });
    expect(locked.Volume.VolumeNo).toBe(1);
    expect(locked.File.sha256).toBe(locked.Volume.PdfSha256);
    const overlap = await err(app, 'books.printFollowUp', { From: '2026-03-15', To: '2026-04-01', Lock: true });
    expect(overlap.message).toContain('trùng với Quyển số 1');
    const again = await ok<{ File: StoredOutput; Source: string }>(app, 'books.printFollowUp', { Year: 2026, Volume: 1 });
    expect(again.File.sha256).toBe(locked.Volume.PdfSha256);
    expect(['regenerated', 'stored']).toContain(again.Source);
    const vols = await ok<unknown[]>(app, 'books.followUpVolumes', { Year: 2026 });
    expect(vols).toHaveLength(1);
    const bad = await err(app, 'books.printFollowUp', { From: '2026-03-01' });
    expect(bad.kind).toBe('Validation');
  });

  it('reports tình hình giải quyết by unit in charge, as PDF and xlsx', async () => {
    const { app } = await scenario();
    // A fourth letter handed straight to a person: counted under that person, not with the unassigned one.
    const d = (await ok<{ entry: RegisterEntry }>(app, 'register.addIncoming', incoming({ SoKyHieu: '104/UBND-VP' }))).entry;
    await ok(app, 'workflow.step', { entryId: d.id, step: { kind: 'chuyen-thang', chuTri: { kind: 'person', name: 'Trần Thị Bình' } } });
    const r = await ok<HandlingReport>(app, 'books.handlingReport', { Year: 2026, Month: 3 });
    const th = r.Rows.find((x) => x.Unit === 'Phòng Tổng hợp');
    const tc = r.Rows.find((x) => x.Unit === 'Phòng Tài chính - Kế hoạch');
    expect(th).toMatchObject({ Received: 1, OnTime: 0, Late: 1, InProgress: 0, Overdue: 0 });
    expect(tc).toMatchObject({ Received: 1, Overdue: 1, Late: 0 });
    expect(r.Rows.map((x) => x.Unit)).toEqual([
      'Phòng Tài chính - Kế hoạch',
      'Phòng Tổng hợp',
      'Trần Thị Bình (cá nhân chủ trì)',
      '(Chưa giao đơn vị chủ trì)',
    ]);
    expect(r.Rows[2]).toMatchObject({ UnitId: null, Received: 1, InProgress: 1, Overdue: 0 });
    expect(r.Rows[3]).toMatchObject({ UnitId: null, Received: 1, InProgress: 1 });
    expect(r.Total).toMatchObject({ Received: 4, Late: 1, Overdue: 1, InProgress: 2, OnTime: 0 });
    const pdf = await ok<{ File: StoredOutput }>(app, 'books.handlingReportFile', { Period: { Year: 2026, Month: 3 }, Format: 'pdf' });
    expect(flat(pdfText(app, pdf.File))).toContain(flat('Tình hình giải quyết văn bản đến'));
    const xlsx = await ok<{ File: StoredOutput }>(app, 'books.handlingReportFile', { Period: { Year: 2026, Month: 3 }, Format: 'xlsx' });
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(app.locateFile(xlsx.File.sha256)!.path) as never);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe('Đơn vị chủ trì');
    expect(ws.getRow(ws.rowCount).getCell(2).value).toBe(4);
  });
});
