/**
 * Outgoing documents of a Party body (agency profile system = 'party'): "Số 19-QC/HU".
 * Each type has its own series per term (nhiệm kỳ) of the cấp ủy; congress documents share one
 * series; the issuer is the cấp ủy or, when given, its văn phòng or a ban (36-HD/VPTW; see
 * party-documents.md §3–4). Refuses, writing nothing, when the type has no Party abbreviation or
 * today lies outside every term.
 */
import type { AgencyProfile } from '../../../src-shared/contracts/agency.contract';
import type { OutgoingRecord } from '../../../src-shared/contracts/register.contract';
import { CODE_NOTATION_MAX_LENGTH, checkAbbreviationGroup, formatDdMmYyyy, resolveDocumentKind } from '../../../src-shared/domain';
import { AppError } from '../../../src-shared/rpc/errors';
import { fieldError, outgoingPrepared, type OutgoingContext, type Prepared } from './register-input';

export function preparePartyOutgoing(rec: OutgoingRecord, ctx: OutgoingContext & { agency: AgencyProfile }): Prepared {
  const kind = resolveDocumentKind(rec.TypeName, { preferParty: true });
  if (!kind || !['party', 'party-paper', 'custom'].includes(kind.group)) {
    throw fieldError(
      'TypeName',
      `Tên loại văn bản (TypeName) "${rec.TypeName}" không thuộc danh mục văn bản của Đảng (Quy định 399-QĐ/TW), ví dụ: Nghị quyết, Quy chế, Công văn, Thông tri.`,
    );
  }
  if (kind.abbreviation === null) {
    throw fieldError(
      'TypeName',
      `${kind.name} chưa có chữ viết tắt tên loại trong bảng của Đảng đã được xác minh; hãy bổ sung loại văn bản của cơ quan với chữ viết tắt của nó trước khi cấp số.`,
    );
  }
  if (!rec.SignerInfo.FullName) {
    throw fieldError('SignerInfo.FullName', 'Họ và tên người ký (SignerInfo.FullName) là bắt buộc với văn bản đi.');
  }
  const issuer = rec.IssuerAbbreviation ?? ctx.agency.abbreviation;
  for (const g of issuer.split('-')) {
    const problem = checkAbbreviationGroup(g);
    if (problem) throw fieldError('IssuerAbbreviation', `Chữ viết tắt cơ quan ban hành (IssuerAbbreviation): ${problem.message}`);
  }
  const unit = rec.UnitAbbreviation;
  if (unit) {
    const problem = checkAbbreviationGroup(unit);
    if (problem) throw fieldError('UnitAbbreviation', `Nhóm ký hiệu thứ ba (UnitAbbreviation): ${problem.message}`);
  }
  const notation = `${kind.abbreviation}/${issuer}${unit ? `/${unit}` : ''}`;
  if ([...notation].length > CODE_NOTATION_MAX_LENGTH) {
    throw fieldError('IssuerAbbreviation', `Ký hiệu "${notation}" vượt quá ${CODE_NOTATION_MAX_LENGTH} ký tự (trường CodeNotation).`);
  }
  const term = ctx.termAt?.(ctx.today);
  if (!term) {
    throw new AppError(
      'Conflict',
      `Ngày ${formatDdMmYyyy(ctx.today)} không thuộc nhiệm kỳ nào đã khai báo: văn bản của Đảng được đánh số theo nhiệm kỳ của cấp ủy. Hãy khai báo nhiệm kỳ (Cài đặt → Nhiệm kỳ, hoặc "vanthu agency term-add") rồi cấp số; chưa có số nào được cấp.`,
      { field: 'Term', date: ctx.today },
    );
  }
  return outgoingPrepared(rec, ctx, { kind, notation, series: `${rec.Congress ? 'dai-hoi' : kind.code}@k${term.id}`, system: 'party' });
}
