/**
 * Mã định danh (agency identifier). Two code systems are in use:
 * - QCVN 102:2016 shape `LLL.KK.JJ.XNN` (e.g. `000.00.00.H41`), most specific level on the left;
 * - QĐ 20/2020 and hub-issued codes, which only promise `[0-9A-Z.]{1,35}`.
 * We accept both because real hub traffic carries both; `kind` says which one was recognised.
 */
export type AgencyCodeKind = 'qcvn102' | 'qd20';

export type AgencyCodeCheck = { ok: true; code: string; kind: AgencyCodeKind } | { ok: false; message: string };

const QCVN102 = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/;
const QD20 = /^[0-9A-Z.]{1,35}$/;

export function checkAgencyCode(raw: string): AgencyCodeCheck {
  const code = raw.trim().toUpperCase();
  if (code.length === 0) return { ok: false, message: 'Mã định danh không được để trống.' };
  if (code.length > 35) {
    return { ok: false, message: `Mã định danh dài ${code.length} ký tự, tối đa 35 ký tự.` };
  }
  if (QCVN102.test(code)) return { ok: true, code, kind: 'qcvn102' };
  if (/^[\d.]+[A-Z]?\d*$/.test(code) && code.split('.').length === 4 && !QCVN102.test(code)) {
    return {
      ok: false,
      message: `Mã định danh "${raw.trim()}" không đúng dạng QCVN 102 LLL.KK.JJ.XNN (ví dụ 000.00.00.H41).`,
    };
  }
  if (code.startsWith('.') || code.endsWith('.') || code.includes('..')) {
    return { ok: false, message: `Mã định danh "${raw.trim()}" có dấu chấm thừa.` };
  }
  if (QD20.test(code)) return { ok: true, code, kind: 'qd20' };
  return {
    ok: false,
    message: `Mã định danh "${raw.trim()}" chỉ được gồm chữ in hoa không dấu, chữ số và dấu chấm.`,
  };
}
