/**
 * Envelopes (bì văn bản, Phụ lục IV.II of Nghị định 30/2020) on DL paper, 220 × 110 mm, one per
 * page. Top left: the agency's name and address as the form has them; under it the urgency mark
 * (HOẢ TỐC / THƯỢNG KHẨN / KHẨN, boxed, Phụ lục I III.2.b sizes) when set; on the right half
 * "Số/ký hiệu văn bản: …" of every document inside, "Kính gửi:" the recipient and its address.
 * What the register does not know (an address) prints as dotted lines for handwriting.
 */
import type { AgencyProfile } from '../../../../src-shared/contracts/agency.contract';
import { URGENCY_STAMPS, type Urgency } from '../../../../src-shared/domain';
import type { FontFamily } from './fonts';
import { mm, PdfCanvas } from './pdf-canvas';

export interface EnvelopeModel {
  agency: Pick<AgencyProfile, 'name' | 'address'>;
  envelopes: {
    /** Số/ký hiệu of the documents inside, as printed. */
    soKyHieu: string[];
    urgency: Urgency;
    recipient: string;
    address: string | null;
  }[];
  /** Fixed metadata date (ISO with offset). */
  printedAt: string;
}

const W = mm(220);
const H = mm(110);
const DOTS = '…'.repeat(40);

export async function renderEnvelopes(model: EnvelopeModel, family: FontFamily): Promise<{ bytes: Uint8Array; pages: number }> {
  const c = await PdfCanvas.create(family, {
    title: 'Bì văn bản',
    subject: `${model.agency.name} — bì văn bản`,
    date: new Date(model.printedAt),
  });
  const lines = (face: 'regular' | 'bold' | 'italic', size: number, x: number, y: number, text: string, width: number): number => {
    for (const l of c.wrap(face, size, text, width)) {
      c.drawText(face, size, x, y, l);
      y -= size * 1.3;
    }
    return y;
  };
  for (const e of model.envelopes) {
    c.addPage(W, H);
    // Agency block, top left (the logo "nếu có" is not kept by the app).
    const left = mm(10);
    const blockW = mm(95);
    let y = H - mm(12);
    y = lines('bold', 11, left, y, model.agency.name.toUpperCase(), blockW);
    y = lines('regular', 10, left, y - 2, `Địa chỉ: ${model.agency.address || DOTS}`, blockW);
    if (e.urgency !== 'thuong') {
      const stamp = URGENCY_STAMPS[e.urgency];
      const bw = mm(stamp.widthMm);
      const bh = mm(stamp.heightMm);
      const by = y - bh - mm(3);
      c.rect(left, by, bw, bh, { lineWidth: 1 });
      c.drawAligned('bold', 12, left, bw, by + bh / 2 - 4, stamp.text, 'center');
    }
    // Recipient block, right half.
    const rx = mm(95);
    const rw = W - rx - mm(12);
    let ry = H - mm(52);
    ry = lines('regular', 11, rx, ry, `Số/ký hiệu văn bản: ${e.soKyHieu.length > 0 ? e.soKyHieu.join('; ') : DOTS}`, rw);
    ry = lines('bold', 13, rx, ry - 4, `Kính gửi: ${e.recipient}`, rw);
    if (e.address) lines('regular', 12, rx + mm(18), ry, e.address, rw - mm(18));
    else {
      // Dotted lines for a handwritten address, fitted to the envelope's right margin.
      const dots = '…'.repeat(Math.max(3, Math.floor((rw - mm(18)) / c.width('regular', 12, '…'))));
      c.drawText('regular', 12, rx + mm(18), ry, dots);
      c.drawText('regular', 12, rx + mm(18), ry - 16, dots);
    }
  }
  const bytes = await c.save();
  return { bytes, pages: c.pageCount };
}
