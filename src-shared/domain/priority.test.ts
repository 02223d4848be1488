import { describe, expect, it } from 'vitest';
import {
  CONFIDENTIALITY_LABELS,
  CONFIDENTIALITY_LEVELS,
  Confidentiality,
  URGENCY_LABELS,
  URGENCY_LEVELS,
  URGENCY_STAMPS,
  Urgency,
  confidentialityFromLabel,
  confidentialityRank,
  isConfidentiality,
  isStateSecret,
  isUrgency,
  isUrgent,
  urgencyFromEdxmlPriority,
  urgencyFromLabel,
  urgencyRank,
  urgencyToEdxmlPriority,
} from './priority';

describe('urgency (độ khẩn)', () => {
  it('has Thường plus the three levels of the decree, ordered', () => {
    expect(URGENCY_LEVELS).toEqual([Urgency.Normal, Urgency.Khan, Urgency.ThuongKhan, Urgency.HoaToc]);
    expect(URGENCY_LABELS['hoa-toc']).toBe('Hỏa tốc');
    expect(URGENCY_LABELS['thuong-khan']).toBe('Thượng khẩn');
    expect(urgencyRank('hoa-toc')).toBeGreaterThan(urgencyRank('thuong-khan'));
    expect(urgencyRank('khan')).toBeGreaterThan(urgencyRank('thuong'));
  });

  it('treats every marked level as văn bản khẩn', () => {
    expect(isUrgent('thuong')).toBe(false);
    expect(isUrgent('khan')).toBe(true);
    expect(isUrgent('hoa-toc')).toBe(true);
  });

  it('has the stamp sizes of Phụ lục I', () => {
    expect(URGENCY_STAMPS['hoa-toc']).toEqual({ text: 'HOẢ TỐC', widthMm: 30, heightMm: 8 });
    expect(URGENCY_STAMPS['thuong-khan'].widthMm).toBe(40);
    expect(URGENCY_STAMPS.khan.widthMm).toBe(20);
  });

  it('maps to and from edXML Priority codes', () => {
    expect(URGENCY_LEVELS.map(urgencyToEdxmlPriority)).toEqual([0, 1, 2, 3]);
    for (const u of URGENCY_LEVELS) {
      expect(urgencyFromEdxmlPriority(urgencyToEdxmlPriority(u))).toEqual({ urgency: u, timed: false });
    }
    expect(urgencyFromEdxmlPriority(4)).toEqual({ urgency: 'hoa-toc', timed: true });
    expect(urgencyFromEdxmlPriority('2')).toEqual({ urgency: 'thuong-khan', timed: false });
    expect(urgencyFromEdxmlPriority(5)).toBeNull();
    expect(urgencyFromEdxmlPriority('x')).toBeNull();
  });

  it('reads labels and stamps in any spelling', () => {
    expect(urgencyFromLabel('HOẢ TỐC')).toBe('hoa-toc');
    expect(urgencyFromLabel('Hỏa tốc')).toBe('hoa-toc');
    expect(urgencyFromLabel('THƯỢNG KHẨN')).toBe('thuong-khan');
    expect(urgencyFromLabel('Thường')).toBe('thuong');
    expect(urgencyFromLabel('khẩn')).toBe('khan');
    expect(urgencyFromLabel('gấp')).toBeUndefined();
  });

  it('has a type guard', () => {
    expect(isUrgency('khan')).toBe(true);
    expect(isUrgency('Khẩn')).toBe(false);
    expect(isUrgency(1)).toBe(false);
  });
});

describe('confidentiality (độ mật)', () => {
  it('has none plus Mật, Tối mật, Tuyệt mật, ordered', () => {
    expect(CONFIDENTIALITY_LEVELS).toEqual([Confidentiality.None, Confidentiality.Mat, Confidentiality.ToiMat, Confidentiality.TuyetMat]);
    expect(CONFIDENTIALITY_LABELS['toi-mat']).toBe('Tối mật');
    expect(confidentialityRank('tuyet-mat')).toBe(3);
  });

  it('isStateSecret is true exactly for the three secret levels', () => {
    expect(isStateSecret('none')).toBe(false);
    expect(isStateSecret('mat')).toBe(true);
    expect(isStateSecret('toi-mat')).toBe(true);
    expect(isStateSecret('tuyet-mat')).toBe(true);
  });

  it('reads labels and has a type guard', () => {
    expect(confidentialityFromLabel('TUYỆT MẬT')).toBe('tuyet-mat');
    expect(confidentialityFromLabel('mật')).toBe('mat');
    expect(confidentialityFromLabel('Khẩn')).toBeUndefined();
    expect(isConfidentiality('toi-mat')).toBe(true);
    expect(isConfidentiality('secret')).toBe(false);
  });
});

describe('confidentialityFromStampText (độ-mật stamp in OCR text)', () => {
  it('reads a stamp on its own line, framed or joined to the title in capitals, highest level wins', async () => {
    const { confidentialityFromStampText: read } = await import('./priority');
    expect(read('SỞ NGOẠI VỤ\nSố: 12/QĐ-SNgV\n| MẬT |\nQUYẾT ĐỊNH')).toBe('mat');
    expect(read('[TỐI MẬT]')).toBe('toi-mat');
    expect(read('MẬT QUYẾT ĐỊNH\nTUYỆT MẬT')).toBe('tuyet-mat');
    expect(read('TUYỆT MẬT QUYẾT ĐỊNH')).toBe('tuyet-mat');
  });
  it('does not take "bí mật" in running text, or a lowercase sentence, for a stamp', async () => {
    const { confidentialityFromStampText: read } = await import('./priority');
    expect(read('Căn cứ Luật Bảo vệ bí mật nhà nước ngày 15 tháng 11 năm 2018;')).toBeUndefined();
    expect(read('Mật độ dân số của xã tăng')).toBeUndefined();
    expect(read('KHẨN\nQUYẾT ĐỊNH')).toBeUndefined();
    expect(read('MẶT TRẬN TỔ QUỐC VIỆT NAM\nTỈNH BÌNH ĐỊNH')).toBeUndefined();
  });
});
