/**
 * "Số, ký hiệu" of a received packet as printed on the document, from the two edXML fields
 * (Code.CodeNumber, Code.CodeNotation) through the one shared reader: a Party body's 19 + QC/HU
 * is "19-QC/HU", a State agency's 45 + UBND-VP "45/UBND-VP"; null when the packet carries none.
 */
import { readSoKyHieuParts } from '../../../src-shared/domain';

export function packetCode(code: { CodeNumber: string; CodeNotation: string }): string | null {
  if (!code.CodeNumber && !code.CodeNotation) return null;
  const r = readSoKyHieuParts(code.CodeNumber, code.CodeNotation);
  return r.ok ? r.value.printed : `${code.CodeNumber}/${code.CodeNotation}`;
}
