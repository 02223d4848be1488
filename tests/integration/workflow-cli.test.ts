import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDataDir } from '../support/browser-mode';
import { initArgs, runVanthu } from '../support/app-harness';

describe('vanthu den … / viec / danhba', () => {
  it('records the steps of a document from the command line, JSON in and out, with the README exit codes', () => {
    const dir = tempDataDir('vanthu-wfcli-');
    const env = { VANTHU_NOW: '2026-03-05T02:00:00Z' };
    const v = (args: string[], e: Record<string, string> = env) => runVanthu(['--data', dir, ...args], e);
    expect(v(initArgs()).code).toBe(0);

    const csv = path.join(dir, 'donvi.csv');
    fs.writeFileSync(csv, 'Tên đơn vị,Tên viết tắt\nPhòng Tổng hợp,TH\nPhòng Tài chính - Kế hoạch,TCKH\n');
    expect(v(['danhba', 'import', 'don-vi', csv, '--json']).json()).toMatchObject({ added: 2 });
    expect(v(['danhba', 'add', 'can-bo', '--ho-ten', 'Trần Thị Bình', '--chuc-vu', 'Giám đốc', '--lanh-dao', '--json']).code).toBe(0);
    const out = path.join(dir, 'canbo.xlsx');
    expect(v(['danhba', 'export', 'can-bo', '--out', out, '--json']).json()).toMatchObject({ count: 1, format: 'xlsx' });
    expect(fs.readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');

    const rec = path.join(dir, 'cv.json');
    fs.writeFileSync(
      rec,
      JSON.stringify({ TypeName: 'Công văn', SoKyHieu: '45/UBND-VP', OrganName: 'UBND huyện Đồng Phú', Subject: 'V/v báo cáo tình hình' }),
    );
    const id = (v(['den', 'add', '--input', rec, '--json']).json() as { entry: { id: string } }).entry.id;

    expect(v(['den', 'trinh', id, '--lanh-dao', 'cb:Trần Thị Bình', '--json']).json()).toMatchObject({ state: 'cho-chi-dao' });
    const unknown = v(['den', 'chidao', id, '--y-kien', 'Xử lý', '--chu-tri', 'Phòng Văn hóa', '--json']);
    expect(unknown.code).toBe(5);
    expect(unknown.json()).toMatchObject({ ok: false, error: { kind: 'NotFound', details: { code: 'DIRECTORY_UNKNOWN' } } });
    const before = v(['den', 'chidao', id, '--y-kien', 'Xử lý', '--chu-tri', 'TH', '--han', '01/03/2026']);
    expect(before.code).toBe(2);
    expect(before.stderr).toContain('trước ngày đến của văn bản (05/03/2026)');
    expect(
      v([
        'den',
        'chidao',
        id,
        '--y-kien',
        'Giao Phòng Tổng hợp',
        '--chu-tri',
        'TH',
        '--phoi-hop',
        'TCKH',
        '--han-ngay',
        '5',
        '--json',
      ]).json(),
    ).toMatchObject({
      state: 'cho-chuyen',
      deadline: { dueDate: '2026-03-12', source: 'leader' },
    });
    expect(v(['den', 'chuyen', id, '--cach', 'giay', '--ky-nhan', 'Lê Văn Cường', '--json']).json()).toMatchObject({
      state: 'dang-giai-quyet',
      handedTo: 'Phòng Tổng hợp; Phòng Tài chính - Kế hoạch',
    });

    // The unit leader's direction (box 2 of the phiếu), in text for the clerk.
    expect(v(['danhba', 'add', 'can-bo', '--ho-ten', 'Lê Thị Mai', '--chuc-vu', 'Chuyên viên', '--json']).code).toBe(0);
    const unit = v([
      'den',
      'ykien',
      id,
      '--lanh-dao',
      'cb:Trần Thị Bình',
      '--y-kien',
      'Giao đồng chí Mai dự thảo',
      '--giao',
      'cb:Lê Thị Mai',
      '--han',
      '2026-03-10',
    ]);
    expect(unit.code).toBe(0);
    expect(unit.stdout).toContain(
      'Ý kiến lãnh đạo đơn vị (Trần Thị Bình, 05/03/2026): Giao đồng chí Mai dự thảo — giao Lê Thị Mai, hạn 10/03/2026',
    );

    const late = v(['viec', '--json'], { VANTHU_NOW: '2026-03-13T02:00:00Z' }).json() as { counts: Record<string, number> };
    expect(late.counts).toMatchObject({ 'qua-han': 1, 'chua-tra-loi': 1 });

    expect(v(['den', 'hoanthanh', id, '--khong-giai-quyet', '--json']).code).toBe(2);
    expect(v(['den', 'hoanthanh', id, '--khong-giai-quyet', '--ly-do', 'Đơn vị đã giải quyết trước đó', '--json']).code).toBe(0);
    const again = v(['den', 'chuyen', id]);
    expect(again.code).toBe(4);
    expect(again.stderr).toContain('phải mở lại văn bản');
    const hist = v(['den', 'lichsu', id, '--json']).json() as { steps: { kind: string; enteredBy: string }[] };
    expect(hist.steps.map((s) => s.kind)).toEqual(['trinh', 'chi-dao', 'chuyen', 'y-kien-don-vi', 'hoan-thanh']);
    expect(hist.steps[0]!.enteredBy).toMatch(/^cli:/);
  });
});
