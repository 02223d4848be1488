/**
 * Outgoing documents of a Party body (agency profile system = 'party'): "Số 19-QC/HU".
 * Each type has its own series per term (nhiệm kỳ) of the cấp ủy; congress documents share one
 * series (party-documents.md §4) and carry the congress as issuer ("01-NQ/ĐH"), so a congress number
 * never repeats the cấp ủy's own "01-NQ/HU"; otherwise the issuer is the cấp ủy or, when given, its
 * văn phòng or a ban (36-HD/VPTW; see party-documents.md §3–4). Refuses, writing nothing, when the type has no Party abbreviation or
 * today lies outside every term.
 */
import type { AgencyProfile } from '../../../src-shared/contracts/agency.contract';
import type { OutgoingRecord } from '../../../src-shared/contracts/register.contract';
import {
  CODE_NOTATION_MAX_LENGTH,
  checkAbbreviationGroup,
  findPartyTypeByAbbreviation,
  formatDdMmYyyy,
  resolveDocumentKind,
  type DocumentKind,
} from '../../../src-shared/domain';
import { appError, domainFieldError, fieldAppError } from '../../../src-shared/rpc/errors';
import { customFor, outgoingPrepared, type OutgoingContext, type Prepared } from './register-input';

/**
 * Issuer of a congress document when none is given: the đại hội itself ("01-NQ/ĐH"). Its bodies
 * (đoàn chủ tịch, ban thẩm tra tư cách …) give their own abbreviation in IssuerAbbreviation.
 */
export const CONGRESS_ISSUER = 'ĐH';

/**
 * The type part of the ký hiệu: the catalogue's abbreviation, or — for a type marked "chưa có ký
 * hiệu chuẩn" — the one the clerk typed, which may not be another Party type's (TB is Thông báo).
 */
function partyTypeAbbreviation(kind: DocumentKind, typed: string | null | undefined): string {
  if (kind.abbreviation !== null) {
    if (typed && typed !== kind.abbreviation) {
      throw fieldAppError('TypeAbbreviation', 'register.partyAbbrFixed', { type: kind.name, abbr: kind.abbreviation });
    }
    return kind.abbreviation;
  }
  if (!typed) {
    throw fieldAppError('TypeAbbreviation', 'register.partyAbbrNeeded', { type: kind.name });
  }
  const problem = checkAbbreviationGroup(typed);
  if (problem) throw domainFieldError('TypeAbbreviation', 'register.partyTypeAbbrInvalid', problem);
  const taken = findPartyTypeByAbbreviation(typed);
  if (taken && taken.code !== kind.code) {
    throw fieldAppError('TypeAbbreviation', 'register.partyAbbrTaken', { abbr: typed, taken: taken.name, type: kind.name });
  }
  return typed;
}

export function preparePartyOutgoing(rec: OutgoingRecord, ctx: OutgoingContext & { agency: AgencyProfile }): Prepared {
  const kind = resolveDocumentKind(rec.TypeName, { preferParty: true, custom: customFor(ctx, 'di', 'party') });
  if (!kind || !['party', 'party-paper', 'custom'].includes(kind.group)) {
    throw fieldAppError('TypeName', 'register.partyUnknownType', { typeName: rec.TypeName });
  }
  const typeAbbreviation = partyTypeAbbreviation(kind, rec.TypeAbbreviation);
  if (!rec.SignerInfo.FullName) {
    throw fieldAppError('SignerInfo.FullName', 'register.signerRequired');
  }
  const issuer = rec.IssuerAbbreviation ?? (rec.Congress ? CONGRESS_ISSUER : ctx.agency.abbreviation);
  if (rec.Congress && issuer === ctx.agency.abbreviation) {
    // One series for every type of the congress: "02-NQ/HU" would repeat the cấp ủy's own 02-NQ/HU.
    throw fieldAppError('IssuerAbbreviation', 'register.congressIssuer', { issuer: CONGRESS_ISSUER, agency: ctx.agency.abbreviation });
  }
  for (const g of issuer.split('-')) {
    const problem = checkAbbreviationGroup(g);
    if (problem) throw domainFieldError('IssuerAbbreviation', 'register.partyIssuerAbbrInvalid', problem);
  }
  const unit = rec.UnitAbbreviation;
  if (unit) {
    const problem = checkAbbreviationGroup(unit);
    if (problem) throw domainFieldError('UnitAbbreviation', 'register.partyThirdGroupInvalid', problem);
  }
  const notation = `${typeAbbreviation}/${issuer}${unit ? `/${unit}` : ''}`;
  if ([...notation].length > CODE_NOTATION_MAX_LENGTH) {
    throw fieldAppError('IssuerAbbreviation', 'register.notationTooLong', { notation, max: CODE_NOTATION_MAX_LENGTH });
  }
  const term = ctx.termAt?.(ctx.today);
  if (!term) {
    throw appError('register.noTermForDate', { date: formatDdMmYyyy(ctx.today) }, { field: 'Term', date: ctx.today });
  }
  return outgoingPrepared(rec, ctx, { kind, notation, series: `${rec.Congress ? 'dai-hoi' : kind.code}@k${term.id}`, system: 'party' });
}
