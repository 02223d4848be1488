import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { RegisterEntry } from '../../src-shared/contracts/register.contract';
import type { TodoItem, WorkflowView } from '../../src-shared/contracts/workflow.contract';
import { agencyApp, err, incoming, ok, outgoing, type TestApp } from './register-helpers';

let open: TestApp[] = [];
afterEach(() => {
  for (const a of open) a.close();
  open = [];
});

async function setup(now = '2026-03-05T02:00:00Z') {
  const { app, clock } = await agencyApp(now);
  open.push(app);
  const th = await ok(app, 'directory.addUnit', { name: 'Phòng Tổng hợp', shortName: 'TH' });
  const tc = await ok(app, 'directory.addUnit', { name: 'Phòng Tài chính - Kế hoạch', shortName: 'TCKH' });
  const gd = await ok(app, 'directory.addPerson', { fullName: 'Trần Thị Bình', position: 'Giám đốc', isLeader: true });
  return { app, clock, th, tc, gd };
}

const register = async (app: TestApp, over: Record<string, unknown> = {}): Promise<RegisterEntry> =>
  (
    await ok<{ entry: RegisterEntry }>(
      app,
      'register.addIncoming',
      incoming({ SoKyHieu: `${Math.floor(Math.random() * 9000) + 100}/UBND-VP`, ...over }),
    )
  ).entry;
const step = (app: TestApp, entryId: string, s: Record<string, unknown>) => ok<WorkflowView>(app, 'workflow.step', { entryId, step: s });
const stepCount = (dataDir: string, entryId: string): number => {
  const db = new Database(path.join(dataDir, 'vanthu.db'), { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM incoming_step WHERE entry_id = ?').get(entryId) as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('incoming workflow through the router', () => {
  it('carries a paper letter from trình to its reply; deadline on the working calendar; sắp đến hạn then quá hạn as the clock moves', async () => {
    const { app, clock } = await setup();
    const e = await register(app);
    let v = await ok<WorkflowView>(app, 'workflow.get', { entryId: e.id });
    expect(v).toMatchObject({
      state: 'cho-trinh',
      allowedSteps: ['trinh', 'chuyen-thang', 'gia-han', 'thu-hoi'],
      deadline: null,
      steps: [],
    });

    v = await step(app, e.id, { kind: 'trinh', leader: { kind: 'person', name: 'tran thi binh' } });
    expect(v.presentedTo?.name).toBe('Trần Thị Bình');
    v = await step(app, e.id, {
      kind: 'chi-dao',
      direction: 'Giao Phòng Tổng hợp chủ trì, tham mưu trả lời.',
      chuTri: { kind: 'unit', name: 'Phòng Tổng hợp' },
      phoiHop: [{ kind: 'unit', name: 'TCKH' }],
      dueInWorkingDays: 5,
    });
    // Thursday 05/03/2026 + 5 working days = Thursday 12/03/2026.
    expect(v.deadline).toMatchObject({ dueDate: '2026-03-12', source: 'leader' });
    expect(v.deadline!.calendarVersions.length).toBeGreaterThan(0);
    expect(v.direction).toMatchObject({
      decidedBy: { name: 'Trần Thị Bình' },
      chuTri: { name: 'Phòng Tổng hợp' },
      phoiHop: [{ name: 'Phòng Tài chính - Kế hoạch' }],
    });
    expect(v.state).toBe('cho-chuyen');

    v = await step(app, e.id, { kind: 'chuyen', method: 'giay-ky-nhan', receivedBy: 'Lê Văn Cường' });
    expect(v).toMatchObject({ state: 'dang-giai-quyet', handedTo: 'Phòng Tổng hợp; Phòng Tài chính - Kế hoạch', handedOn: '2026-03-05' });
    // The sổ đến columns "Đơn vị hoặc người nhận" and "Ngày chuyển" fill from the hand-over.
    const reg = await ok<{ entry: RegisterEntry }>(app, 'register.get', { id: e.id });
    expect(reg.entry.ToPlaces).toBe('Phòng Tổng hợp; Phòng Tài chính - Kế hoạch');
    expect(reg.entry.TraceHeaderList).toContain('Ngày chuyển: 05/03/2026');

    clock.set('2026-03-10T02:00:00Z'); // Tuesday: due Thursday, within 2 working days
    let todo = await ok<{ counts: Record<string, number>; lists: Record<string, TodoItem[]> }>(app, 'workflow.todo', {});
    expect(todo.counts).toMatchObject({ 'sap-den-han': 1, 'qua-han': 0, 'chua-tra-loi': 1 });
    expect(todo.lists['sap-den-han']![0]).toMatchObject({ entryId: e.id, deadlineStatus: 'sap-den-han' });

    clock.set('2026-03-13T02:00:00Z');
    todo = await ok(app, 'workflow.todo', {});
    expect(todo.counts).toMatchObject({ 'sap-den-han': 0, 'qua-han': 1 });
    expect((await ok<WorkflowView>(app, 'workflow.get', { entryId: e.id })).deadlineStatus).toBe('qua-han');

    await step(app, e.id, { kind: 'tien-do', note: 'Đã dự thảo văn bản trả lời, trình ký.' });
    const reply = (
      await ok<{ entry: RegisterEntry }>(app, 'register.addOutgoing', outgoing({ TypeName: 'Công văn', UnitAbbreviation: 'TH' }))
    ).entry;
    v = await step(app, e.id, { kind: 'hoan-thanh', how: 'tra-loi', replyEntryId: reply.id });
    expect(v).toMatchObject({
      state: 'hoan-thanh',
      deadlineStatus: 'hoan-thanh-qua-han',
      completion: { how: 'tra-loi', on: '2026-03-13' },
    });
    expect(v.completion!.reply!.soKyHieu).toMatch(/\/UBND-TH$/);
    expect(v.steps.map((s) => s.kind)).toEqual(['trinh', 'chi-dao', 'chuyen', 'tien-do', 'hoan-thanh']);
    expect(v.steps.every((s) => s.enteredBy.startsWith('direct:'))).toBe(true);

    const follow = await ok<{ rows: { replySoKyHieu: string | null; progress: string; deadline: string }[] }>(app, 'workflow.followUp', {
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(follow.rows[0]).toMatchObject({
      replySoKyHieu: reply.CodeNotation ? expect.stringContaining('UBND-TH') : null,
      deadline: '12/03/2026',
    });
    expect(follow.rows[0]!.progress).toContain('Đã dự thảo văn bản trả lời');
    // As at 06/03 the same row shows the document handed over, not yet answered.
    const earlier = await ok<{ rows: { replySoKyHieu: string | null; state: string }[] }>(app, 'workflow.followUp', {
      from: '2026-03-01',
      to: '2026-03-31',
      asOf: '2026-03-06',
    });
    expect(earlier.rows[0]).toMatchObject({ replySoKyHieu: null, state: 'dang-giai-quyet' });
  });

  it('refuses bad input with a clear message and writes nothing', async () => {
    const { app, th } = await setup();
    const e = await register(app, { ArrivalDate: '2026-03-04' });
    await step(app, e.id, { kind: 'trinh', leader: { kind: 'person', name: 'Trần Thị Bình' } });

    // A deadline before arrival.
    let x = await err(app, 'workflow.step', {
      entryId: e.id,
      step: { kind: 'chi-dao', direction: 'Xử lý', chuTri: { kind: 'unit', id: th.id }, dueDate: '2026-03-01' },
    });
    expect(x).toMatchObject({
      kind: 'Validation',
      message: 'Hạn giải quyết theo ý kiến chỉ đạo 01/03/2026 trước ngày đến của văn bản (04/03/2026).',
    });
    expect(stepCount(app.dataDirPath, e.id)).toBe(1);

    // A unit that is not in the directory: NotFound with what the UI needs to offer adding it.
    x = await err(app, 'workflow.step', {
      entryId: e.id,
      step: { kind: 'chi-dao', direction: 'Xử lý', chuTri: { kind: 'unit', name: 'Phòng Văn hóa' } },
    });
    expect(x.kind).toBe('NotFound');
    expect(x.message).toContain('không có đơn vị "Phòng Văn hóa" trong danh bạ nội bộ');
    expect(x.details).toMatchObject({ code: 'DIRECTORY_UNKNOWN', refKind: 'unit', name: 'Phòng Văn hóa', field: 'step.chuTri' });
    // Keyed, so the window can show it in its language: the key and the params its text is filled from.
    // The role travels as a code (each language words it), the clerk's own data as it is.
    expect(x).toMatchObject({ code: 'workflow.unknownUnit', params: { label: 'chuTri', name: 'Phòng Văn hóa' } });
    expect(x.message).toMatch(/^Đơn vị chủ trì: không có đơn vị/);
    expect(stepCount(app.dataDirPath, e.id)).toBe(1);

    // Out of order: progress before hand-over.
    x = await err(app, 'workflow.step', { entryId: e.id, step: { kind: 'tien-do', note: 'x' } });
    expect(x).toMatchObject({ kind: 'Conflict' });
    expect(x.message).toContain('"Chờ ý kiến chỉ đạo"');
    // The unit leader writes box 2 of the phiếu only once the unit has the document.
    x = await err(app, 'workflow.step', {
      entryId: e.id,
      step: { kind: 'y-kien-don-vi', decidedBy: { kind: 'person', name: 'Trần Thị Bình' }, direction: 'Giao chuyên viên.' },
    });
    expect(x).toMatchObject({ kind: 'Conflict', message: expect.stringContaining('Không thể ghi bước "Ý kiến lãnh đạo đơn vị"') });

    await step(app, e.id, { kind: 'chi-dao', direction: 'Xử lý', chuTri: { kind: 'unit', id: th.id } });
    await step(app, e.id, { kind: 'chuyen', method: 'dien-tu' });

    // The unit leader's direction: given by a person, to a person, a deadline only with the person it binds.
    const unitStep = (over: Record<string, unknown>) =>
      err(app, 'workflow.step', {
        entryId: e.id,
        step: {
          kind: 'y-kien-don-vi',
          decidedBy: { kind: 'person', name: 'Trần Thị Bình' },
          direction: 'Giao chuyên viên xử lý.',
          ...over,
        },
      });
    x = await unitStep({ decidedBy: { kind: 'unit', id: th.id } });
    expect(x).toMatchObject({ kind: 'Validation', details: { field: 'step.decidedBy' } });
    expect(x.message).toContain('không phải một đơn vị');
    x = await unitStep({ assignee: { kind: 'unit', id: th.id } });
    expect(x).toMatchObject({ kind: 'Validation', details: { field: 'step.assignee' } });
    x = await unitStep({ dueDate: '2026-03-10' });
    expect(x).toMatchObject({ kind: 'Validation', message: 'Thời hạn giải quyết đối với cá nhân cần ghi cá nhân được giao.' });
    x = await unitStep({ assignee: { kind: 'person', name: 'Trần Thị Bình' }, dueDate: '2026-03-02' });
    expect(x).toMatchObject({
      kind: 'Validation',
      message: 'Thời hạn giải quyết đối với cá nhân 02/03/2026 trước ngày đến của văn bản (04/03/2026).',
    });
    x = await unitStep({ direction: '  ' });
    expect(x).toMatchObject({ kind: 'Validation', message: expect.stringContaining('Ý kiến của lãnh đạo đơn vị') });
    expect(stepCount(app.dataDirPath, e.id)).toBe(3);

    // A reply link to an incoming document, and to nothing.
    const other = await register(app);
    x = await err(app, 'workflow.step', { entryId: e.id, step: { kind: 'hoan-thanh', how: 'tra-loi', replyEntryId: other.id } });
    expect(x).toMatchObject({ kind: 'Validation', message: expect.stringContaining('phải là một văn bản đi') });
    x = await err(app, 'workflow.step', { entryId: e.id, step: { kind: 'hoan-thanh', how: 'tra-loi', replyEntryId: 'khong-co' } });
    expect(x).toMatchObject({ kind: 'NotFound', message: expect.stringContaining('khong-co') });
    expect(stepCount(app.dataDirPath, e.id)).toBe(3);

    // A completed document cannot be handed over again without reopening it.
    await step(app, e.id, { kind: 'hoan-thanh', how: 'luu-de-biet' });
    x = await err(app, 'workflow.step', { entryId: e.id, step: { kind: 'chuyen', method: 'dien-tu' } });
    expect(x.kind).toBe('Conflict');
    expect(x.message).toContain('phải mở lại văn bản');
    const reopened = await step(app, e.id, { kind: 'mo-lai', reason: 'Lãnh đạo yêu cầu bổ sung' });
    expect(reopened).toMatchObject({ state: 'dang-giai-quyet', completion: null });
    expect((await step(app, e.id, { kind: 'chuyen', method: 'dien-tu' })).state).toBe('dang-giai-quyet');

    // Steps are never rewritten.
    const db = new Database(path.join(app.dataDirPath, 'vanthu.db'));
    try {
      expect(() => db.prepare("UPDATE incoming_step SET kind = 'x'").run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM incoming_step').run()).toThrow(/append-only/);
    } finally {
      db.close();
    }
  });

  it('chờ trình lists urgent documents first (Điều 23.1), then the oldest', async () => {
    const { app, clock } = await setup('2026-03-02T02:00:00Z');
    const a = await register(app);
    clock.set('2026-03-03T02:00:00Z');
    const b = await register(app, { Priority: 'Hỏa tốc' });
    const c = await register(app, { Priority: 'Khẩn' });
    const d = await register(app);
    const todo = await ok<{ counts: Record<string, number>; lists: Record<string, TodoItem[]> }>(app, 'workflow.todo', {
      lists: ['cho-trinh'],
    });
    expect(todo.counts['cho-trinh']).toBe(4);
    expect(todo.lists['cho-trinh']!.map((i) => i.entryId)).toEqual([b.id, c.id, a.id, d.id]);
    const page = await ok<{ total: number; items: TodoItem[] }>(app, 'workflow.todoList', { list: 'cho-trinh', limit: 2, offset: 2 });
    expect(page).toMatchObject({ total: 4 });
    expect(page.items.map((i) => i.entryId)).toEqual([a.id, d.id]);
  });

  it('deadline precedence: the sender’s DueDate, else the leader’s, else the agency default; gia hạn keeps the old one', async () => {
    const { app, th } = await setup();
    await ok(app, 'workflow.saveSettings', { soonWorkingDays: 2, defaultWorkingDays: 10, byUrgency: { khan: 1 }, byTypeCode: {} });
    const sender = await register(app, { DueDate: '2026-03-20' });
    const leader = await register(app);
    const def = await register(app, { Priority: 'Khẩn' });
    const chiDao = async (id: string, extra: Record<string, unknown> = {}) => {
      await step(app, id, { kind: 'trinh', leader: { kind: 'person', name: 'Trần Thị Bình' } });
      return step(app, id, { kind: 'chi-dao', direction: 'Xử lý', chuTri: { kind: 'unit', id: th.id }, ...extra });
    };
    expect((await chiDao(sender.id, { dueDate: '2026-03-25' })).deadline).toMatchObject({ dueDate: '2026-03-20', source: 'sender' });
    expect((await chiDao(leader.id, { dueDate: '2026-03-25' })).deadline).toMatchObject({ dueDate: '2026-03-25', source: 'leader' });
    // Khẩn: 1 working day from Thursday 05/03 → Friday 06/03.
    expect((await chiDao(def.id)).deadline).toMatchObject({ dueDate: '2026-03-06', source: 'default' });

    let x = await err(app, 'workflow.step', {
      entryId: leader.id,
      step: { kind: 'gia-han', dueDate: '2026-03-24', reason: 'Chờ số liệu' },
    });
    expect(x.message).toBe('Hạn mới 24/03/2026 phải sau hạn hiện tại 25/03/2026.');
    const v = await step(app, leader.id, { kind: 'gia-han', dueDate: '2026-03-31', reason: 'Chờ số liệu của Sở' });
    expect(v.deadline).toMatchObject({
      dueDate: '2026-03-31',
      source: 'extended',
      previous: [{ dueDate: '2026-03-25', reason: 'Chờ số liệu của Sở' }],
    });
    x = await err(app, 'workflow.step', { entryId: leader.id, step: { kind: 'gia-han', reason: 'x' } });
    expect(x.kind).toBe('Validation');
  });
});

describe('directory', () => {
  it('searches by folded text, deactivates without deleting, audits every change', async () => {
    const { app, th, gd } = await setup();
    const hits = await ok<{ items: { name: string; kind: string }[] }>(app, 'directory.search', { query: 'tong HOP' });
    expect(hits.items.map((h) => h.name)).toEqual(['Phòng Tổng hợp']);
    expect((await ok<{ items: { name: string }[] }>(app, 'directory.search', { query: 'binh', leadersOnly: true })).items[0]!.name).toBe(
      'Trần Thị Bình',
    );
    expect((await err(app, 'directory.addUnit', { name: 'phong tong hop' })).kind).toBe('Duplicate');

    await ok(app, 'directory.deactivateUnit', { id: th.id });
    expect((await ok<{ total: number }>(app, 'directory.listUnits', {})).total).toBe(1);
    expect((await ok<{ total: number }>(app, 'directory.listUnits', { includeInactive: true })).total).toBe(2);
    expect((await ok<{ items: unknown[] }>(app, 'directory.search', { query: 'tong hop' })).items).toEqual([]);
    await ok(app, 'directory.updatePerson', {
      id: gd.id,
      fullName: 'Trần Thị Bình',
      position: 'Phó Giám đốc',
      isLeader: true,
      email: 'binh@so.gov.vn',
    });
    expect((await err(app, 'directory.updatePerson', { id: gd.id, fullName: 'Trần Thị Bình', email: 'binh@' })).message).toContain(
      'E-mail không đúng dạng',
    );

    const db = new Database(path.join(app.dataDirPath, 'vanthu.db'), { readonly: true });
    try {
      const actions = (
        db.prepare("SELECT action FROM audit_log WHERE action LIKE 'directory.%' ORDER BY seq").all() as { action: string }[]
      ).map((r) => r.action);
      expect(actions).toEqual([
        'directory.addUnit',
        'directory.addUnit',
        'directory.addPerson',
        'directory.updateUnit',
        'directory.updatePerson',
      ]);
    } finally {
      db.close();
    }
  });

  it('imports CSV all-or-nothing with errors naming row and column, and an export re-imports unchanged', async () => {
    const { app } = await setup();
    const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
    const bad =
      'Họ và tên,Chức vụ,Đơn vị,E-mail,Lãnh đạo\nNguyễn Văn An,Chuyên viên,Phòng Tổng hợp,an@so.gov.vn,\nLê Thị Hoa,Trưởng phòng,Phòng Không Có,,có\nPhạm Văn Bốn,,TH,bon@,\n';
    const x = await err(app, 'directory.import', { kind: 'people', fileName: 'canbo.csv', dataBase64: b64(bad) });
    expect(x.message).toMatch(/^Tệp danh bạ cán bộ có 2 lỗi; chưa nhập dòng nào\.\n/);
    expect(x).toMatchObject({ code: 'directory.importErrorsPeople', params: { count: '2' } });
    expect(x.message).toContain('Dòng 3, cột C (Đơn vị): không có đơn vị "Phòng Không Có"');
    expect(x.message).toContain('Dòng 4, cột D (E-mail): E-mail không đúng dạng');
    // Each row goes along keyed, for the window to word in its language.
    expect(x.details).toMatchObject({
      rowList: {
        param: 'errors',
        items: [{ row: 3, column: 'C', reasons: [{ code: 'directory.rowNoUnit', params: { ref: 'Phòng Không Có' } }] }, { row: 4 }],
      },
    });
    expect((await ok<{ total: number }>(app, 'directory.listPeople', {})).total).toBe(1);

    const good = bad.replace('Phòng Không Có', 'TCKH').replace('bon@', 'bon@so.gov.vn');
    expect(await ok(app, 'directory.import', { kind: 'people', fileName: 'canbo.csv', dataBase64: b64(good), dryRun: true })).toMatchObject(
      { added: 3, dryRun: true },
    );
    expect((await ok<{ total: number }>(app, 'directory.listPeople', {})).total).toBe(1);
    expect(await ok(app, 'directory.import', { kind: 'people', fileName: 'canbo.csv', dataBase64: b64(good) })).toMatchObject({
      added: 3,
      updated: 0,
    });
    const hoa = (await ok<{ items: { unitName: string; isLeader: boolean }[] }>(app, 'directory.listPeople', { query: 'hoa' })).items[0];
    expect(hoa).toMatchObject({ unitName: 'Phòng Tài chính - Kế hoạch', isLeader: true });

    for (const format of ['csv', 'xlsx'] as const) {
      const out = await ok<{ fileName: string; dataBase64: string; count: number }>(app, 'directory.export', { kind: 'people', format });
      expect(out.count).toBe(4);
      expect(await ok(app, 'directory.import', { kind: 'people', fileName: out.fileName, dataBase64: out.dataBase64 })).toMatchObject({
        added: 0,
        updated: 0,
        unchanged: 4,
      });
    }
  });
});
