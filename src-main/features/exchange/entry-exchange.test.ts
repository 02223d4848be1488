import { describe, expect, it } from 'vitest';
import { IncomingInputSchema } from '../../../src-shared/contracts/register.contract';
import { incomingRecordOf, typeNameOf } from './entry-exchange.service';
import type { InboxRow } from './inbox.repo';

describe('the register record of a hub document', () => {
  it('takes Tên loại from the ký hiệu abbreviation, else công văn', () => {
    expect(typeNameOf('12/QĐ-UBND')).toBe('Quyết định');
    expect(typeNameOf('05/tb-sgd')).toBe('Thông báo');
    expect(typeNameOf('125/STT-VP')).toBe('Công văn');
    expect(typeNameOf(null)).toBe('Công văn');
    expect(typeNameOf('19-QC/HU')).toBe('Quy chế'); // the Party form, read by the same reader as the register
  });

  it('maps the packet header to a valid electronic incoming record', () => {
    const row = {
      documentId: '000.00.01.H99,2026/11/20,12/QĐ-SO',
      code: '12/QĐ-SO',
      fromName: 'Sở Thông tin tỉnh Mẫu',
      fromOrgan: '000.00.01.H99',
      subject: 'Về việc ban hành quy chế',
      promulgationDate: '2026-11-20',
    } as InboxRow;
    const rec = IncomingInputSchema.parse(incomingRecordOf(row));
    expect(rec).toMatchObject({
      Medium: 'dien-tu',
      DocumentId: row.documentId,
      SoKyHieu: '12/QĐ-SO',
      OrganName: 'Sở Thông tin tỉnh Mẫu',
      TypeName: 'Quyết định',
      IssuedDate: '2026-11-20',
    });
    // A sender without a name is named by its code.
    expect(incomingRecordOf({ ...row, fromName: null }).OrganName).toBe('000.00.01.H99');
  });
});
