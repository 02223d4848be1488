import type { StoredFile } from '../../../src-shared/contracts/files.contract';
import type { Extraction, FieldName } from '../../../src-shared/contracts/intake-ocr.contract';
import { readSoKyHieuParts } from '../../../src-shared/domain';
import type { IncomingPrefill, PrefillField } from '../register/IncomingForm';

/** Where each field read from page 1 lands in the incoming form (số and ký hiệu share one box). */
const FORM_FIELD: Record<FieldName | 'Confidentiality', PrefillField> = {
  CodeNumber: 'SoKyHieu',
  CodeNotation: 'SoKyHieu',
  IssuedDate: 'IssuedDate',
  OrganName: 'OrganName',
  TypeName: 'TypeName',
  Subject: 'Subject',
  SignerName: 'SignerInfo.FullName',
  Confidentiality: 'Confidentiality',
};

/**
 * The incoming form's starting values from an assembled scan and (when OCR ran) its reading. A
 * "Số, ký hiệu" is as sure as the less sure of its two halves.
 */
export function toPrefill(file: StoredFile, ocr: Extraction | null): IncomingPrefill {
  const f = ocr?.fields;
  const c = ocr?.confidence ?? {};
  // The shared reader joins the halves in the form they follow: 19 + QC/HU → "19-QC/HU" (Party), 45 + UBND-VP → "45/UBND-VP".
  const read = f?.CodeNumber || f?.CodeNotation ? readSoKyHieuParts(f.CodeNumber, f.CodeNotation) : null;
  const soKyHieu = read?.ok ? read.value.printed : '';
  const values: IncomingPrefill['values'] = {
    Medium: 'giay',
    PageAmount: file.pageCount,
    FileSha256: file.sha256,
    ...(soKyHieu ? { SoKyHieu: soKyHieu } : {}),
    ...(f?.OrganName ? { OrganName: f.OrganName } : {}),
    ...(f?.IssuedDate ? { IssuedDate: f.IssuedDate } : {}),
    ...(f?.TypeName ? { TypeName: f.TypeName } : {}),
    ...(f?.Subject ? { Subject: f.Subject } : {}),
    ...(f?.SignerName ? { SignerInfo: { Position: '', FullName: f.SignerName } } : {}),
    ...(f?.Confidentiality ? { Confidentiality: f.Confidentiality } : {}),
  };
  const confidence: IncomingPrefill['confidence'] = {
    SoKyHieu: Math.min(c.CodeNumber ?? 0, c.CodeNotation ?? 0),
    OrganName: c.OrganName ?? 0,
    IssuedDate: c.IssuedDate ?? 0,
    TypeName: c.TypeName ?? 0,
    Subject: c.Subject ?? 0,
    'SignerInfo.FullName': c.SignerName ?? 0,
    Confidentiality: c.Confidentiality ?? 0,
  };
  const flags = (ocr?.flags ?? []).map((x) => ({
    field: FORM_FIELD[x.field as keyof typeof FORM_FIELD] ?? 'SoKyHieu',
    message: x.message,
    ...(x.key === undefined ? {} : { code: x.key }),
    ...(x.params === undefined ? {} : { params: x.params }),
  }));
  return { values, confidence, flags, FileSha256: file.sha256, pageCount: file.pageCount };
}

/** How many form fields the reading filled. */
export function filledCount(p: IncomingPrefill): number {
  return (
    (['SoKyHieu', 'OrganName', 'IssuedDate', 'TypeName', 'Subject'] as const).filter((k) => Boolean(p.values[k])).length +
    (p.values.SignerInfo?.FullName ? 1 : 0)
  );
}
