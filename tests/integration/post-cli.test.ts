import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runVanthu, SAMPLE_AGENCY } from '../support/app-harness';
import { tempDataDir } from '../support/browser-mode';
import { needTools } from '../support/tools';

const poppler = needTools('pdftotext');

describe.skipIf(poppler.skip)(poppler.title('vanthu buudien list|record|print|bi|volumes'), () => {
  it('records a post sending, prints the book and envelopes, with the README exit codes', () => {
    const dir = tempDataDir('vanthu-postcli-');
    const v = (args: string[], now = '2026-03-05T02:00:00Z') => runVanthu(['--data', dir, ...args], { VANTHU_NOW: now });
    const a = SAMPLE_AGENCY;
    const init = ['init', '--name', a.name, '--parent', a.parentName, '--code', a.code, '--abbr', a.abbreviation, '--address', a.address];
    expect(v([...init, '--place', a.placeName]).code).toBe(0);
    const rec = path.join(dir, 'cv.json');
    fs.writeFileSync(
      rec,
      JSON.stringify({
        TypeName: 'Công văn',
        UnitAbbreviation: 'VP',
        Subject: 'V/v báo cáo công tác văn thư',
        Priority: 'khan',
        SignerInfo: { FullName: 'Nguyễn Văn An' },
        To: [{ OrganName: 'Ủy ban nhân dân huyện Đồng Phú' }, { OrganName: 'Phòng Nội vụ huyện Đồng Phú' }, { OrganName: 'Lưu: VT' }],
      }),
    );
    const id = (v(['di', 'add', '--input', rec, '--json']).json() as { entry: { id: string } }).entry.id;

    const listed = v(['buudien', 'list', '--entry', id, '--json']).json() as { Recipient: string; Channel: string }[];
    expect(listed.map((r) => r.Channel)).toEqual(['paper', 'paper']);
    const ok = v([
      'buudien',
      'record',
      id,
      '--noi-nhan',
      'Phòng Nội vụ huyện Đồng Phú',
      '--bien-lai',
      'EE001',
      '--cuoc',
      '15000',
      '--json',
    ]);
    expect(ok.code).toBe(0);
    expect(ok.json()).toMatchObject({ Sent: { SentDate: '2026-03-05', ReceiptNo: 'EE001', Cost: 15000, Envelopes: 1 } });
    expect(v(['buudien', 'record', id, '--noi-nhan', 'Sở Tài chính']).code).toBe(2);
    expect(v(['buudien', 'record', id, '--noi-nhan', 'Phòng Nội vụ huyện Đồng Phú', '--cuoc', 'mười']).code).toBe(2);
    expect(v(['buudien', 'record', 'khong-co', '--noi-nhan', 'X']).code).toBe(5);
    expect(v(['buudien', 'list', '--from', '2026-03-01', '--to', '2026-03-31', '--pending', '--json']).json()).toHaveLength(1);

    const book = path.join(dir, 'so.pdf');
    expect(v(['buudien', 'print', '--from', '01/03/2026', '--to', '31/03/2026', '--out', book, '--json']).json()).toMatchObject({
      Entries: 2,
    });
    const t = execFileSync('pdftotext', ['-raw', book, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(t).toContain('Kýnhậnvàdấubưuđiện');
    expect(t).toContain('PhòngNộivụhuyệnĐồngPhú');
    const env = path.join(dir, 'bi.pdf');
    expect(v(['buudien', 'bi', '--ngay', '2026-03-05', '--out', env, '--json']).json()).toMatchObject({ Envelopes: 2 });
    expect(execFileSync('pdftotext', [env, '-'], { encoding: 'utf8' })).toContain('KHẨN');
    expect(v(['buudien', 'bi', '--out', env]).code).toBe(2);

    // Locked after the month ended; a second lock of the same month is a conflict (4).
    const locked = v(
      ['buudien', 'print', '--from', '2026-03-01', '--to', '2026-03-31', '--lock', '--out', book, '--json'],
      '2026-04-02T02:00:00Z',
    );
    expect(locked.json()).toMatchObject({ Volume: { VolumeNo: 1 } });
    expect(
      v(['buudien', 'print', '--from', '2026-03-01', '--to', '2026-03-31', '--lock', '--out', book], '2026-04-02T02:00:00Z').code,
    ).toBe(4);
    expect(v(['buudien', 'volumes', '--json']).json()).toHaveLength(1);
  });
});
