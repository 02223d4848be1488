import { describe, expect, it } from 'vitest';
import { FIXTURE_DOCS } from '../../../../tests/support/scan-fixtures';
import { extractFields, stripMotto } from './fields';

/** What a perfect reading of an OCR fixture document gives (tests/support/scan-fixtures.ts). */
const truthOf = (id: string) => FIXTURE_DOCS.find((d) => d.id === id)!.truth;

const QD = `ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NGOẠI VỤ Độc lập - Tự do - Hạnh phúc
Số: 1048/QĐ-SNgV Bình Định, ngày 22 tháng 11 năm 2016
QUYẾT ĐỊNH
Về việc ban hành Quy chế quản lý, sử dụng Phần mềm chuyên, nhận văn bản
hành chính giữa Bộ Ngoại giao và Sở Ngoại vụ tỉnh Bình Định
GIÁM ĐỐC SỞ NGOẠI VỤ TỈNH BÌNH ĐỊNH
Căn cứ Quyết định số 3830/QĐ-UBND ngày 27/10/2015 của Ủy ban nhân dân tỉnh Bình Định;
Căn cứ văn bản ban hành ngày 14 tháng 10 năm 2015;
Nơi nhận: GIÁM ĐỐC
- Như điều 3;
- Lưu: VT, VP.
Nguyễn Tân`;

const CV = `BỘ NGOẠI GIAO
CỤC NGOẠI VỤ
Số: 490/CNV-TH
V/v triển khai Phần mềm chuyên nhận văn bản
hành chính với các cơ quan Ngoại vụ địa phương
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 08 tháng 11 năm 2016
Kính gửi: Sở Ngoại vụ các tỉnh.
Nơi nhận:
- Như trên;
KT. CỤC TRƯỞNG
PHÓ CỤC TRƯỞNG
Lê Minh Hoàng`;

describe('field extraction from page 1', () => {
  it('reads a quyết định laid out as ND30 Phụ lục I draws it', () => {
    const r = extractFields(QD);
    // The same document as the OCR fixtures' first: what a perfect reading of it gives.
    expect(r.fields).toEqual(truthOf('qd-sngv'));
    expect(r.confidence.CodeNumber).toBeGreaterThan(0.9);
    expect(r.confidence.TypeName).toBeGreaterThan(0.9);
    expect(r.flags).toEqual([]);
  });

  it('reads a công văn: "V/v" under the số, no title, type from the layout', () => {
    const r = extractFields(CV);
    expect(r.fields).toMatchObject(truthOf('cv-cnv'));
  });

  it('flags a ký hiệu that lost its hyphen (123/HDANN) instead of trusting it', () => {
    const r = extractFields('UBND XÃ TÂN PHÚ\nSố: 123/HDANN\nTân Phú, ngày 05 tháng 3 năm 2026\nHƯỚNG DẪN\nVề việc thu gom rác');
    expect(r.fields.CodeNotation).toBe('HDANN');
    expect(r.flags.map((f) => f.code)).toContain('SINGLE_GROUP');
    expect(r.confidence.CodeNotation).toBeLessThan(0.7);
  });

  it('repairs an OCR slip in the type abbreviation when the title names the type, and says so', () => {
    const r = extractFields(
      'SỞ THÔNG TIN VÀ TRUYỀN THÔNG\nSố: 197/TTT-STTTT Quảng Nam, ngày 10 tháng 8 năm 2018\nTỜ TRÌNH\nVề việc ban hành Quy chế',
    );
    expect(r.fields.CodeNotation).toBe('TTr-STTTT');
    expect(r.flags.map((f) => f.code)).toEqual(['OCR_REPAIRED']);
    // Keyed, for the window to word it in its language (src-renderer/i18n/error-text.test.ts reads it in English).
    expect(r.flags[0]).toEqual({
      field: 'CodeNotation',
      code: 'OCR_REPAIRED',
      message: 'Ký hiệu đọc được là "TTT-STTTT", đã sửa thành "TTr-STTTT" theo tên loại "Tờ trình"; hãy kiểm tra lại.',
      key: 'intake.flagNotationRepaired',
      params: { read: 'TTT-STTTT', repaired: 'TTr-STTTT', title: 'Tờ trình' },
    });
  });

  it('reads Đảng documents (số-loại/cơ quan) with the Party table, without flags', () => {
    const r = extractFields(
      'HUYỆN ỦY KIM ĐỘNG ĐẢNG CỘNG SẢN VIỆT NAM\nSố 19-QC/HU Kim Động, ngày 16 tháng 9 năm 2024\nQUY CHẾ\nQuản lý, sử dụng phần mềm',
    );
    // The OCR fixtures' quy chế 19-QC/HU: its header, without trích yếu and signer.
    const { Subject: _subject, SignerName: _signer, ...header } = truthOf('qc-hu');
    expect(r.fields).toMatchObject(header);
    expect(r.flags).toEqual([]);
    expect(r.confidence.CodeNotation).toBeGreaterThan(0.9);
  });

  it('reads the printed Party form with stray spaces under a "*", and types it from the Party table', () => {
    const r = extractFields(
      'TỈNH ỦY HƯNG YÊN ĐẢNG CỘNG SẢN VIỆT NAM\nBAN TỔ CHỨC\n*\nSố 07 - TT/BTCTU Hưng Yên, ngày 03 tháng 02 năm 2025\nvề công tác cán bộ',
    );
    expect(r.fields).toMatchObject({ CodeNumber: '07', CodeNotation: 'TT/BTCTU', TypeName: 'Thông tri', IssuedDate: '2025-02-03' });
  });

  it('flags an unknown Party type abbreviation but keeps the reading', () => {
    const r = extractFields('HUYỆN ỦY KIM ĐỘNG\nSố 05-XY/HU Kim Động, ngày 16 tháng 9 năm 2024\nvề việc');
    expect(r.fields).toMatchObject({ CodeNumber: '05', CodeNotation: 'XY/HU' });
    expect(r.flags.map((f) => f.code)).toContain('UNKNOWN_PARTY_TYPE');
  });

  it('joins a two-line UBND name and tolerates OCR noise in the date words', () => {
    const r = extractFields(
      'ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 140/KH-UBND Lâm Đồng, ngày 05 thánng 10 năm 2018\nKẾ HOẠCH\nThực hiện Quyết định số 28/2018/QĐ-TTg',
    );
    expect(r.fields).toMatchObject({
      OrganName: 'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG',
      IssuedDate: '2018-10-05',
      TypeName: 'Kế hoạch',
      Subject: 'Thực hiện Quyết định số 28/2018/QĐ-TTg',
    });
  });

  it('refuses impossible dates and leaves missing fields empty with confidence 0', () => {
    const r = extractFields('Hà Nội, ngày 30 tháng 02 năm 2026');
    expect(r.fields.IssuedDate).toBeNull();
    expect(r.flags.map((f) => f.code)).toContain('INVALID_DATE');
    // The date's own refusal is named by its key (`inner`), as a wrapped error's is.
    expect(r.flags.find((f) => f.code === 'INVALID_DATE')).toMatchObject({
      key: 'intake.flagDateNotReal',
      params: { inner: 'domain.dateNoSuchDay', read: 'ngay 30 thang 02 nam 2026' },
    });
    expect(r.fields.CodeNumber).toBeNull();
    expect(r.confidence.CodeNumber).toBe(0);
  });

  it('a poor OCR reading lowers every confidence', () => {
    expect(extractFields(QD, { ocrConfidence: 30 }).confidence.CodeNumber!).toBeLessThan(
      extractFields(QD, { ocrConfidence: 95 }).confidence.CodeNumber!,
    );
  });

  it('cuts the motto out of a merged header line', () => {
    expect(stripMotto('SỞ NGOẠI VỤ Độc lập - Tự do - Hạnh phúc')).toBe('SỞ NGOẠI VỤ');
    expect(stripMotto('ỦY BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBe('ỦY BAN NHÂN DÂN');
  });
});

describe('signature block', () => {
  it('finds the position even when OCR joined it to the Nơi nhận column', () => {
    const r = extractFields(
      'CỤC NGOẠI VỤ\nSố: 490/CNV-TH\nNơi nhận: KT. CỤC TRƯỞNG\n- Như trên; PHÓ CỤC TRƯỞNG\n- Lưu: VT, TH.\nLê Minh Hoàng',
    );
    expect(r.fields.SignerName).toBe('Lê Minh Hoàng');
    expect(r.confidence.SignerName).toBeGreaterThan(0.8);
  });
});
