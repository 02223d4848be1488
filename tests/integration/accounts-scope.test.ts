import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { RegisterEntry } from '../../src-shared/contracts/register.contract';
import { ADMIN_PW, agency, bad, caller, closeApps, CV_NEW, CV_PW, forget, newApp, ok, VT_PW } from './accounts-helpers';
import { incoming, writePdf } from './register-helpers';

afterEach(closeApps);

type AccessRow = { party_kind: string; party_id: string; role: string };
function accessOf(dataDir: string, entryId: string): AccessRow[] {
  const db = new Database(path.join(dataDir, 'vanthu.db'), { readonly: true });
  try {
    return db
      .prepare(
        `SELECT a.party_kind, a.party_id, a.role FROM entry_access a JOIN register_entry e ON e.seq = a.entry_seq WHERE e.id = ? ORDER BY 1, 2, 3`,
      )
      .all(entryId) as AccessRow[];
  } finally {
    db.close();
  }
}

describe('role scoping: drafter, Việc cần làm, books, mật, first account', () => {
  it('the drafter of an outgoing entry is recorded by account id with the entry (no text parsing); 0017 backfills the old rows', async () => {
    const { app, admin, draft, dataDir } = await agency();
    await ok(admin, 'accounts.signIn', { username: 'admin', password: ADMIN_PW });
    const vtId = (await ok(admin, 'accounts.list')).items.find((a: { username: string }) => a.username === 'vt.lan').id as string;
    expect(accessOf(dataDir, draft.id)).toEqual([{ party_kind: 'account', party_id: vtId, role: 'soan-thao' }]);

    // A data folder from before 0017: the parsing trigger and its ('user', username) rows.
    app.close();
    forget(app);
    const db = new Database(path.join(dataDir, 'vanthu.db'));
    try {
      const version = db.pragma('user_version', { simple: true }) as number;
      const idx = (db.prepare(`SELECT idx FROM __vanthu_migrations WHERE tag = '0017_drafter_access'`).get() as { idx: number }).idx;
      expect(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND name = 'entry_access_on_outgoing'`).all()).toEqual([]);
      db.prepare(`DELETE FROM entry_access WHERE party_kind = 'account'`).run();
      db.prepare(`INSERT INTO entry_access SELECT seq, 'user', 'vt.lan', 'soan-thao' FROM register_entry WHERE id = ?`).run(draft.id);
      db.prepare(`INSERT INTO entry_access SELECT seq, 'user', 'nobody', 'soan-thao' FROM register_entry WHERE id = ?`).run(draft.id);
      db.prepare(`DELETE FROM __vanthu_migrations WHERE idx >= ?`).run(idx);
      db.pragma(`user_version = ${idx}`);
      expect(version).toBeGreaterThan(idx);
    } finally {
      db.close();
    }
    newApp(dataDir);
    expect(accessOf(dataDir, draft.id)).toEqual([{ party_kind: 'account', party_id: vtId, role: 'soan-thao' }]);
  });

  it("a chuyên viên's Việc cần làm counts and lists only what they may see; they record tiến độ and hoàn thành, not trình or chỉ đạo", async () => {
    const { app, vt, mine, other, dataDir } = await agency();
    const cv = caller(app);
    await ok(cv, 'accounts.signIn', { username: 'cv.cuc', password: CV_PW });
    await ok(cv, 'accounts.changePassword', { current: CV_PW, next: CV_NEW });

    // A link the exchange made (here: the other letter replaces hers) is shown to her, the other letter is not described.
    const db = new Database(path.join(dataDir, 'vanthu.db'));
    db.prepare('INSERT INTO register_entry_link (from_entry_id, to_entry_id, kind, created_at) VALUES (?, ?, ?, ?)').run(
      other.id,
      mine.id,
      'replaces',
      '2026-03-05T09:00:00+07:00',
    );
    db.close();
    const hers = await ok(cv, 'exchange.entryFiles', { entryId: mine.id });
    expect([hers.Links.length, hers.LinkedEntries]).toEqual([1, []]);
    const clerks = await ok(vt, 'exchange.entryFiles', { entryId: mine.id });
    expect(clerks.LinkedEntries.map((e: { id: string }) => e.id)).toEqual([other.id]);

    const all = await ok(vt, 'workflow.todo', { limit: 20 });
    expect(Object.values(all.counts as Record<string, number>).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(3);
    const todo = await ok(cv, 'workflow.todo', { limit: 20 });
    const ids = Object.values(todo.lists as Record<string, { entryId: string }[]>).flatMap((l) => l.map((i) => i.entryId));
    expect(ids).toEqual([mine.id]);
    expect(Object.values(todo.counts as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(1);
    const open = await ok(cv, 'workflow.todoList', { list: 'chua-tra-loi', limit: 20, offset: 0 });
    expect([open.total, open.items.map((i: { entryId: string }) => i.entryId)]).toEqual([1, [mine.id]]);

    // The steps offered are the ones she may record; the văn thư is offered the state machine's whole set.
    expect((await ok(cv, 'workflow.get', { entryId: mine.id })).allowedSteps).toEqual(['tien-do', 'hoan-thanh']);
    expect((await ok(vt, 'workflow.get', { entryId: mine.id })).allowedSteps).toEqual(
      expect.arrayContaining(['tien-do', 'hoan-thanh', 'gia-han', 'thu-hoi']),
    );
    await ok(cv, 'workflow.step', { entryId: mine.id, step: { kind: 'tien-do', note: 'Đã dự thảo báo cáo' } });
    expect(
      await bad(cv, 'workflow.step', { entryId: mine.id, step: { kind: 'trinh', leader: { kind: 'person', name: 'Trần Thị Bình' } } }),
    ).toMatchObject({ kind: 'Forbidden', message: expect.stringMatching(/bước "Trình" là việc của văn thư và lãnh đạo/) as unknown });
    expect(await bad(cv, 'workflow.step', { entryId: mine.id, step: { kind: 'thu-hoi', reason: 'Không cần nữa' } })).toMatchObject({
      kind: 'Forbidden',
      message: expect.stringMatching(/chỉ ghi được tiến độ giải quyết và hoàn thành/) as unknown,
    });
    expect((await bad(cv, 'workflow.step', { entryId: other.id, step: { kind: 'tien-do', note: 'Không phải của tôi' } })).kind).toBe(
      'NotFound',
    );
    await ok(cv, 'workflow.step', { entryId: mine.id, step: { kind: 'hoan-thanh', how: 'luu-de-biet' } });
    const wf = await ok(vt, 'workflow.get', { entryId: mine.id });
    expect(wf.steps.slice(-2).map((st: { kind: string; enteredBy: string }) => [st.kind, st.enteredBy])).toEqual([
      ['tien-do', 'http:@cv.cuc (Lê Thị Cúc)'],
      ['hoan-thanh', 'http:@cv.cuc (Lê Thị Cúc)'],
    ]);
    expect((await ok(cv, 'workflow.todo', { limit: 20 })).counts['chua-tra-loi']).toBe(0);
  });

  it('the officer a unit leader gives a document to (phiếu, box 2) sees it and records its tiến độ', async () => {
    const { app, dataDir, vt, tc, cvPerson, other } = await agency();
    const cv = caller(app);
    await ok(cv, 'accounts.signIn', { username: 'cv.cuc', password: CV_PW });
    await ok(cv, 'accounts.changePassword', { current: CV_PW, next: CV_NEW });
    expect((await bad(cv, 'workflow.step', { entryId: other.id, step: { kind: 'tien-do', note: 'Chưa được giao' } })).kind).toBe(
      'NotFound',
    );

    const head = await ok(vt, 'directory.addPerson', { fullName: 'Đỗ Văn Hùng', position: 'Trưởng phòng', unitId: tc.id });
    await ok(vt, 'workflow.step', { entryId: other.id, step: { kind: 'chuyen', method: 'dien-tu' } });
    await ok(vt, 'workflow.step', {
      entryId: other.id,
      step: {
        kind: 'y-kien-don-vi',
        decidedBy: { kind: 'person', id: head.id },
        direction: 'Giao đồng chí Cúc tham mưu báo cáo',
        assignee: { kind: 'person', id: cvPerson.id },
      },
    });
    expect(accessOf(dataDir, other.id)).toContainEqual({ party_kind: 'person', party_id: cvPerson.id, role: 'giao' });
    const todo = await ok(cv, 'workflow.todo', { limit: 20 });
    const ids = Object.values(todo.lists as Record<string, { entryId: string }[]>).flatMap((l) => l.map((i) => i.entryId));
    expect(ids).toContain(other.id);
    await ok(cv, 'workflow.step', { entryId: other.id, step: { kind: 'tien-do', note: 'Đã tổng hợp số liệu' } });
    // The sổ theo dõi's "Tiến độ" column shows the unit leader's direction before her note.
    const today = new Date().toISOString().slice(0, 10);
    const book = await ok(vt, 'workflow.followUp', { from: '2020-01-01', to: today });
    const row = (book.rows as { entryId: string; progress: string }[]).find((r) => r.entryId === other.id);
    expect(row?.progress.split('\n').map((l) => l.replace(/^\d\d\/\d\d\/\d{4}: /, ''))).toEqual([
      'Ý kiến lãnh đạo đơn vị (Đỗ Văn Hùng): Giao đồng chí Cúc tham mưu báo cáo — giao Lê Thị Cúc',
      'Đã tổng hợp số liệu',
      'Đang giải quyết',
    ]);
  });

  it('books are refused to a chuyên viên with the reason; a mật entry only when given to them; quản trị never reads files', async () => {
    const { app, vt, admin, th, cvPerson, mine, dataDir } = await agency();
    const cv = caller(app);
    await ok(cv, 'accounts.signIn', { username: 'cv.cuc', password: CV_PW });
    await ok(cv, 'accounts.changePassword', { current: CV_PW, next: CV_NEW });
    for (const name of ['books.volumes', 'books.export', 'books.print'])
      expect(await bad(cv, name, {})).toMatchObject({
        kind: 'Forbidden',
        message: expect.stringMatching(/Sổ đăng ký là sổ chung/) as unknown,
      });

    // A mật letter directed to Phòng Tổng hợp: not the chuyên viên's until it is handed to her by name.
    const pdf = async (name: string, text: string) =>
      (
        await ok(vt, 'files.importBytes', {
          fileName: name,
          dataBase64: (await import('node:fs')).readFileSync(await writePdf(dataDir, name, text)).toString('base64'),
        })
      ).sha256 as string;
    const secretSha = await pdf('mat.pdf', 'Tai lieu mat so 9');
    const secret = (await ok(vt, 'register.addIncoming', incoming({ SoKyHieu: '9/M-UBND', Confidentiality: 'mat', FileSha256: secretSha })))
      .entry as RegisterEntry;
    await ok(vt, 'workflow.step', { entryId: secret.id, step: { kind: 'chuyen-thang', chuTri: { kind: 'unit', id: th.id } } });
    const seen = async () => (await ok(cv, 'register.list', { limit: 50, withTotal: true })).items.map((e: RegisterEntry) => e.id);
    expect(await seen()).toEqual([mine.id]);
    expect((await ok(cv, 'register.search', { q: 'Sở Ngoại vụ', limit: 50 })).items).toHaveLength(1);
    expect((await bad(cv, 'register.get', { id: secret.id })).kind).toBe('NotFound');
    expect((await ok(cv, 'workflow.todo', { limit: 20 })).counts['cho-chuyen']).toBe(0);
    expect(app.permissions.mayReadFile(cv.slot.id, 'http', secretSha)).toBe(false);
    await ok(vt, 'workflow.step', {
      entryId: secret.id,
      step: { kind: 'chuyen', method: 'dien-tu', recipients: [{ kind: 'person', id: cvPerson.id }] },
    });
    expect((await seen()).sort()).toEqual([mine.id, secret.id].sort());
    expect(app.permissions.mayReadFile(cv.slot.id, 'http', secretSha)).toBe(true);

    // quản trị, even placed in the unit the file was given to: no document contents, no file.
    const plainSha = await pdf('thuong.pdf', 'Cong van thuong so 10');
    const plain = (await ok(vt, 'register.addIncoming', incoming({ SoKyHieu: '10/UBND-VP', FileSha256: plainSha }))).entry as RegisterEntry;
    await ok(vt, 'workflow.step', { entryId: plain.id, step: { kind: 'chuyen-thang', chuTri: { kind: 'unit', id: th.id } } });
    await ok(admin, 'accounts.signIn', { username: 'admin', password: ADMIN_PW });
    await ok(admin, 'accounts.update', { username: 'admin', unitId: th.id });
    await ok(admin, 'accounts.confirmPermissions');
    expect(app.permissions.mayReadFile(cv.slot.id, 'http', plainSha)).toBe(true);
    expect(app.permissions.mayReadFile(vt.slot.id, 'http', secretSha)).toBe(true);
    for (const sha of [plainSha, secretSha]) expect(app.permissions.mayReadFile(admin.slot.id, 'http', sha)).toBe(false);
    expect(await bad(admin, 'files.info', { sha256: plainSha })).toMatchObject({
      kind: 'Forbidden',
      message: expect.stringMatching(/không xem nội dung văn bản/) as unknown,
    });
    for (const [name, input] of [
      ['register.search', { q: 'Sở Ngoại vụ', limit: 5 }],
      ['workflow.todo', { limit: 5 }],
    ] as const)
      expect((await bad(admin, name, input)).kind).toBe('Forbidden');
  });

  it('on a data folder without accounts, the first account must be quản trị', async () => {
    const { app } = newApp();
    const c = caller(app, 'cli');
    const refused = await bad(c, 'accounts.add', { username: 'vt.lan', fullName: 'Nguyễn Thị Lan', roles: ['vanthu'], password: VT_PW });
    expect(refused).toMatchObject({
      kind: 'Validation',
      message: expect.stringMatching(/tài khoản đầu tiên phải có vai trò quản trị/) as unknown,
    });
    expect((await ok(c, 'accounts.status')).accountsExist).toBe(false);
    await ok(c, 'accounts.add', { username: 'admin', fullName: 'Phạm Quản Trị', roles: ['quantri', 'vanthu'], password: ADMIN_PW });
    expect((await ok(c, 'accounts.status')).accountsExist).toBe(true);
  });
});
