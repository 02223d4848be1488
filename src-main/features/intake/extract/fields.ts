/**
 * Reads the register fields from the OCR text of page 1 of a Vietnamese administrative document,
 * whose layout Nghị định 30/2020 Phụ lục I fixes: issuing body top left (parent body above it),
 * "Số: …/…" under it, "<địa danh>, ngày … tháng … năm …" top right, the type name in capitals
 * with the trích yếu under it ("V/v …" under the số for a công văn), the signer's name at the
 * bottom of the signature block. Pure (no I/O). Every field carries a confidence in 0–1 and
 * doubtful readings are flagged; the clerk confirms all of them before registering.
 */
import type { Extraction, FieldName, OcrFields } from '../../../../src-shared/contracts/intake-ocr.contract';
import {
  checkNotationPattern,
  confidentialityFromStampText,
  CONFIDENTIALITY_LABELS,
  findDocumentTypeByName,
  foldVietnamese,
  normaliseNotationText,
  parseIsoDate,
  parseSoKyHieu,
  readSoKyHieu,
  recogniseTypeAbbreviation,
  findDocumentKindByCode,
  DOCUMENT_TYPES,
} from '../../../../src-shared/domain';
import { isPersonName, isPositionLine } from './names';
import type { DomainError } from '../../../../src-shared/domain/domain-result';
import { ERROR_TEXTS, fillErrorText } from '../../../../src-shared/rpc/error-texts';
import { keyedText, type ErrorCode, type ErrorParams } from '../../../../src-shared/rpc/errors';

type Flag = Extraction['flags'][number];

/** A field's doubt from a domain check's note or refusal, keyed as it is. */
const noteFlag = (field: string, n: DomainError): Flag => ({ field, code: n.code, message: n.message, key: n.key, params: n.params });

/** A field's doubt worded by the catalog text `key`. */
function flag(field: string, code: string, key: ErrorCode, params: ErrorParams): Flag {
  const t = keyedText(key, params);
  return { field, code, message: t.message, key, params };
}

const LEGAL_TYPE_NAMES: Readonly<Record<string, string>> = {
  NĐ: 'Nghị định',
  TT: 'Thông tư',
  TTLT: 'Thông tư liên tịch',
  NQLT: 'Nghị quyết liên tịch',
  L: 'Luật',
};
const EXTRA_TITLES = ['Nghị định', 'Thông tư', 'Thông tư liên tịch', 'Luật', 'Pháp lệnh', 'Lệnh'];
const MOTTO = /cong hoa xa hoi|chu nghia viet nam|doc lap|tu do|hanh phuc|dang cong san|^[-_=.–—\s:]+$/;

/** Folds character by character, keeping positions, so a match in the fold cuts the original. */
function foldAligned(line: string): string {
  let out = '';
  for (const ch of line) {
    const f = foldVietnamese(ch);
    out += f.length === 1 ? f : ch.length === 1 ? ' ' : '  ';
  }
  return out;
}

const MOTTO_PARTS = [/cong hoa xa hoi chu nghia viet nam/g, /dang cong san viet nam/g, /doc lap\s*[-–—]\s*tu do\s*[-–—]\s*hanh phuc/g];

/**
 * The national motto (or the Party's heading) sits on the same text line as the organ name and
 * the date, so OCR returns "SỞ NGOẠI VỤ Độc lập - Tự do - Hạnh phúc". Cut it out of the line.
 */
export function stripMotto(line: string): string {
  const folded = foldAligned(line);
  let s = line;
  for (const re of MOTTO_PARTS) {
    for (const m of folded.matchAll(re)) s = s.slice(0, m.index) + ' '.repeat(m[0].length) + s.slice(m.index + m[0].length);
  }
  return s.replace(/\s+/g, ' ').trim();
}

function cleanLines(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\r?\n|\f/)
    .map((l) => stripMotto(l.replace(/[|]/g, ' ')).replace(/^[:.,;'"\s]+/, ''))
    .filter((l) => l.length > 0);
}

function isUpperLine(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length >= 0.85;
}

function capitaliseFirst(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}

/** OCR confuses O/0 and l/I/1 in numbers; only the number part is repaired. */
function repairDigits(s: string): string {
  return s.replace(/[Oo]/g, '0').replace(/[lI|]/g, '1');
}

interface Found<T> {
  value: T;
  confidence: number;
  line: number;
}

const SO_LINE = /(?:^|\s)s[ốôoóỗổ]\s*[:;.]?\s*([0-9OolI]{1,11})\s*[-–]?\s*\/\s*([\p{L}0-9&]+(?:\s*[-–/]\s*[\p{L}0-9&]+){0,6})/iu;
const PARTY_SO = /(?:^|\s)s[ốôoó]\s*[:;.]?\s*([0-9OolI]{1,11})\s*[-–]\s*([\p{L}]+)\s*\/\s*([\p{L}0-9&-]+)/iu;

function findSoKyHieu(
  lines: string[],
  flags: Flag[],
): { num: Found<string> | null; notation: Found<string> | null; partyType?: string | undefined } {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const party = PARTY_SO.exec(line);
    if (party && !SO_LINE.exec(line)?.[2]?.includes('-')) {
      // "Số 19-QC/HU" (often "Số 19 -QC/HU" in print): a Party document, read by the shared parser.
      const num = repairDigits(party[1]!);
      const reading = readSoKyHieu(`${num}-${party[2]}/${party[3]}`);
      if (reading.ok && reading.value.system === 'party') {
        const v = reading.value;
        for (const n of v.notes) flags.push(noteFlag('CodeNotation', n));
        return {
          num: { value: v.codeNumber!, confidence: 0.95, line: i },
          notation: { value: v.codeNotation!, confidence: v.notes.length === 0 ? 0.92 : 0.55, line: i },
          partyType: v.typeCode,
        };
      }
    }
    const m = SO_LINE.exec(line);
    if (!m) continue;
    const num = repairDigits(m[1]!);
    const rawNotation = normaliseNotationText(m[2]!).replace(/[.,;:]+$/, '');
    const parsed = parseSoKyHieu(`${num}/${rawNotation}`);
    if (!parsed.ok) {
      flags.push(noteFlag('CodeNotation', parsed.error));
      return { num: { value: num, confidence: 0.5, line: i }, notation: { value: rawNotation, confidence: 0.3, line: i } };
    }
    const check = checkNotationPattern(parsed.value.codeNotation);
    if (!check.ok) {
      for (const issue of check.issues) flags.push(noteFlag('CodeNotation', issue));
    }
    return {
      num: { value: parsed.value.codeNumber, confidence: 0.95, line: i },
      notation: { value: parsed.value.codeNotation, confidence: check.ok ? 0.92 : 0.55, line: i },
    };
  }
  return { num: null, notation: null };
}

// Tolerant of OCR noise inside the words ("04tháúng"): only the digits must be right.
const DATE_FOLDED = /ng[a-z]{1,2}y\s*(\d{1,2})\s*th[a-z]{0,4}ng\s*(\d{1,2})\s*n[a-z]{0,2}m\s*(\d{4})/;

function findIssuedDate(lines: string[], headerEnd: number, flags: Flag[]): Found<string> | null {
  const candidates: Found<string>[] = [];
  for (let i = 0; i < lines.length; i++) {
    const folded = foldVietnamese(lines[i]!).replace(/[oO](?=\d)|(?<=\d)[oO]/g, '0');
    const m = DATE_FOLDED.exec(folded);
    if (!m) continue;
    const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
    const valid = parseIsoDate(iso);
    if (!valid.ok) {
      // The date's own refusal inside (`inner` names its key, as errorAround does).
      const read = { read: m[0] };
      flags.push({
        field: 'IssuedDate',
        code: 'INVALID_DATE',
        message: fillErrorText(ERROR_TEXTS['intake.flagDateNotReal'].vi, { ...read, inner: valid.error.message }),
        key: 'intake.flagDateNotReal',
        params: { ...valid.error.params, ...read, inner: valid.error.key },
      });
      continue;
    }
    // "<địa danh>, ngày …": a place and a comma before "ngày" mark the date line of the header.
    const hasPlace = /[a-z]{2,}\s*,$/.test(folded.slice(0, m.index).trim());
    const inHeader = i <= headerEnd + 1;
    candidates.push({ value: valid.value.iso, confidence: hasPlace && inHeader ? 0.95 : hasPlace ? 0.8 : inHeader ? 0.7 : 0.4, line: i });
  }
  candidates.sort((a, b) => b.confidence - a.confidence || a.line - b.line);
  return candidates[0] ?? null;
}

const TITLE_NAMES = new Map<string, string>([
  ...DOCUMENT_TYPES.map((t) => [foldVietnamese(t.name), t.name] as [string, string]),
  ...EXTRA_TITLES.map((n) => [foldVietnamese(n), n] as [string, string]),
]);

function findTypeTitle(lines: string[], from: number): Found<string> | null {
  for (let i = from; i < Math.min(lines.length, from + 25); i++) {
    const line = lines[i]!;
    if (!isUpperLine(line) || /:\s*$/.test(line)) continue;
    const name = TITLE_NAMES.get(foldVietnamese(line.replace(/[.:]+$/, '')));
    if (name) return { value: name, confidence: 0.9, line: i };
  }
  return null;
}

const SUBJECT_PREFIX = /^(?:v\s*\/\s*v|v\/v|vv|ve viec)\b[\s.:]*/;

function subjectFrom(lines: string[], start: number, stripLen: number): string {
  const parts = [lines[start]!.slice(stripLen).trim()];
  for (let j = start + 1; j < Math.min(lines.length, start + 4); j++) {
    const l = lines[j]!;
    const f = foldVietnamese(l);
    if (
      isUpperLine(l) ||
      /^(can cu|kinh gui|theo de nghi|xet de nghi|thuc hien|dieu \d)/.test(f) ||
      MOTTO.test(f) ||
      /ngay\s*\d+\s*thang/.test(f) ||
      /^so\s*[:\d]/.test(f)
    )
      break;
    // A continuation starts in lower case (the sentence goes on) or is short.
    if (!/^[\p{Ll}(]/u.test(l) && parts.join(' ').length > 60) break;
    parts.push(l);
  }
  return capitaliseFirst(
    parts
      .join(' ')
      .replace(/\s+/g, ' ')
      .replace(/[.;,]+$/, '')
      .trim(),
  );
}

function findSubject(lines: string[], title: Found<string> | null, soLine: number): Found<string> | null {
  // "V/v …" or "Về việc …" anywhere in the header area.
  const limit = Math.min(lines.length, Math.max(soLine, title?.line ?? 0) + 12);
  for (let i = 0; i < limit; i++) {
    const f = foldVietnamese(lines[i]!);
    const m = SUBJECT_PREFIX.exec(f);
    if (!m || f.length < m[0].length + 5) continue;
    // Folding keeps one character per character for these prefixes, so the length carries over.
    return { value: subjectFrom(lines, i, m[0].length), confidence: 0.9, line: i };
  }
  if (title) {
    const next = lines[title.line + 1];
    if (next && !isUpperLine(next) && !/^(can cu|kinh gui)/.test(foldVietnamese(next))) {
      return { value: subjectFrom(lines, title.line + 1, 0), confidence: 0.75, line: title.line + 1 };
    }
  }
  return null;
}

const ORGAN_JOIN_NEXT = /^(uy ban nhan dan|hoi dong nhan dan)$/;
const ADMIN_UNIT = /^(tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran)\b/;

function findOrganName(lines: string[], soLine: number): Found<string> | null {
  if (soLine < 0) return null;
  const header: { text: string; line: number }[] = [];
  for (let i = 0; i < soLine; i++) {
    const l = lines[i]!;
    const f = foldVietnamese(l);
    if (MOTTO.test(f) || !isUpperLine(l) || f.length < 3 || TITLE_NAMES.has(f)) continue;
    header.push({ text: l.replace(/[-_=–—]{2,}.*$/, '').trim(), line: i });
  }
  // The Số line may also carry the organ when OCR merged the two columns ("SỞ NGOẠI VỤ Số: …").
  if (header.length === 0) return null;
  const last = header[header.length - 1]!;
  const prev = header[header.length - 2];
  if (prev && ADMIN_UNIT.test(foldVietnamese(last.text)) && ORGAN_JOIN_NEXT.test(foldVietnamese(prev.text))) {
    return { value: `${prev.text} ${last.text}`, confidence: 0.85, line: prev.line };
  }
  return { value: last.text, confidence: header.length <= 3 ? 0.85 : 0.6, line: last.line };
}

function findOrganFromAuthority(lines: string[], from: number): Found<string> | null {
  for (let i = from; i < Math.min(lines.length, from + 20); i++) {
    const f = foldVietnamese(lines[i]!);
    const m = /^(giam doc|chu tich|truong ban|cuc truong|vu truong|chanh van phong)\s+(.{4,})$/.exec(f);
    if (m && isUpperLine(lines[i]!)) {
      const words = lines[i]!.split(' ');
      return { value: words.slice(m[1]!.split(' ').length).join(' '), confidence: 0.45, line: i };
    }
  }
  return null;
}

/** Letters that differ by at most one substitution, or by one doubled letter ("QĐĐ" for "QĐ"). */
function nearMiss(read: string, want: string): boolean {
  const a = read.toUpperCase();
  const b = want.toUpperCase();
  if (a === b) return false;
  if (a.replace(/(\p{L})\1/gu, '$1') === b) return true;
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
  return diff === 1;
}

/**
 * OCR misreads a letter of the type abbreviation ("TTT" for "TTr", "QĐĐ" for "QĐ"). When the
 * title printed in capitals names the type and the first group is one letter away from that
 * type's abbreviation, the abbreviation is restored (and flagged for the clerk).
 */
function repairTypeGroup(notation: string, typeName: string): string | null {
  const dt = findDocumentTypeByName(typeName);
  if (!dt?.abbreviation) return null;
  const slash = notation.lastIndexOf('/');
  const head = slash >= 0 ? notation.slice(0, slash + 1) : '';
  const groups = notation.slice(head.length).split('-');
  if (groups.length < 2 || !nearMiss(groups[0]!, dt.abbreviation)) return null;
  if (recogniseTypeAbbreviation(groups[0]!)) return null;
  return head + [dt.abbreviation, ...groups.slice(1)].join('-');
}

function findSigner(lines: string[]): Found<string> | null {
  const start = Math.max(
    0,
    lines.findIndex((l) => /^noi nhan/.test(foldVietnamese(l))),
  );
  for (let i = start; i < lines.length; i++) {
    if (!isPositionLine(lines[i]!)) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 10); j++) {
      const l = lines[j]!.replace(/[.,;:]+$/, '');
      if (isPersonName(l) === 'strong') return { value: l, confidence: 0.9, line: j };
      if (isPersonName(l) === 'weak') return { value: l, confidence: 0.6, line: j };
    }
  }
  // No position line read: the last name-like line after "Nơi nhận".
  for (let i = lines.length - 1; i >= start; i--) {
    const l = lines[i]!.replace(/[.,;:]+$/, '');
    if (isPersonName(l) === 'strong') return { value: l, confidence: 0.5, line: i };
  }
  return null;
}

/**
 * Extracts the fields. `ocrConfidence` (0–100, mean word confidence) scales every field's
 * confidence, so a poor scan never looks certain. `page1` is the first page; `all` (optional)
 * the whole text, searched for the signature block when page 1 has none.
 */
/**
 * The độ-mật stamp (Phụ lục I, box 10a: MẬT / TỐI MẬT / TUYỆT MẬT in a frame, under the số): a
 * short line holding only the mark. Read from the raw text, before the motto is cut out.
 */
function findSecrecyStamp(page1: string): { value: 'mat' | 'toi-mat' | 'tuyet-mat'; text: string; confidence: number } | null {
  const level = confidentialityFromStampText(page1.normalize('NFC'));
  if (!level || level === 'none') return null;
  return { value: level, text: CONFIDENTIALITY_LABELS[level].toLocaleUpperCase('vi'), confidence: 0.85 };
}

export function extractFields(page1: string, opts: { ocrConfidence?: number; all?: string } = {}): Extraction {
  const lines = cleanLines(page1);
  const flags: Flag[] = [];
  const so = findSoKyHieu(lines, flags);
  const soLine = so.num?.line ?? -1;
  const title = findTypeTitle(lines, Math.max(0, soLine));
  const issued = findIssuedDate(lines, Math.max(soLine, 0) + 3, flags);
  const subject = findSubject(lines, title, Math.max(soLine, 0));
  const organ = findOrganName(lines, soLine) ?? findOrganFromAuthority(lines, Math.max(0, title?.line ?? soLine));
  const signer = findSigner(lines) ?? (opts.all ? findSigner(cleanLines(opts.all)) : null);
  const secrecy = findSecrecyStamp(page1);

  if (title && so.notation) {
    const repaired = repairTypeGroup(so.notation.value, title.value);
    if (repaired) {
      flags.push(
        flag('CodeNotation', 'OCR_REPAIRED', 'intake.flagNotationRepaired', { read: so.notation.value, repaired, title: title.value }),
      );
      so.notation = { ...so.notation, value: repaired, confidence: 0.6 };
      const kept = flags.filter((f) => f.field !== 'CodeNotation' || f.code === 'OCR_REPAIRED');
      flags.length = 0;
      flags.push(...kept);
    }
  }

  // Tên loại: the title in capitals, else what the ký hiệu says, else công văn when "V/v" is used.
  let typeName: Found<string> | null = title;
  const typeFromNotation = (() => {
    const notation = so.notation?.value;
    if (!notation) return undefined;
    // Party symbol: the type comes from the Party table ("TT" is Thông tri there, not Thông tư).
    if (so.partyType) return findDocumentKindByCode(so.partyType)?.name;
    const p = parseSoKyHieu(`1/${notation}`);
    if (!p.ok || !p.value.typeAbbreviation) return undefined;
    const ab = p.value.typeAbbreviation;
    return LEGAL_TYPE_NAMES[ab] ?? DOCUMENT_TYPES.find((t) => t.abbreviation === recogniseTypeAbbreviation(ab)?.abbreviation)?.name;
  })();
  if (typeName && typeFromNotation) {
    if (foldVietnamese(typeName.value) === foldVietnamese(typeFromNotation)) typeName = { ...typeName, confidence: 0.97 };
    else {
      flags.push(flag('TypeName', 'TYPE_MISMATCH', 'intake.flagTypeMismatch', { type: typeName.value, fromNotation: typeFromNotation }));
      typeName = { ...typeName, confidence: 0.6 };
    }
  } else if (!typeName && typeFromNotation) {
    typeName = { value: typeFromNotation, confidence: 0.7, line: soLine };
  } else if (!typeName && subject && /^(?:v\s*\/\s*v|vv)\b/.test(foldVietnamese(lines[subject.line] ?? ''))) {
    typeName = { value: findDocumentTypeByName('Công văn')!.name, confidence: 0.75, line: subject.line };
  }

  const fields: OcrFields = {
    CodeNumber: so.num?.value ?? null,
    CodeNotation: so.notation?.value ?? null,
    IssuedDate: issued?.value ?? null,
    OrganName: organ?.value ?? null,
    TypeName: typeName?.value ?? null,
    Subject: subject?.value ?? null,
    SignerName: signer?.value ?? null,
    ...(secrecy ? { Confidentiality: secrecy.value } : {}),
  };
  const scale = opts.ocrConfidence === undefined ? 1 : 0.6 + (0.4 * Math.max(0, Math.min(100, opts.ocrConfidence))) / 100;
  const found: Record<FieldName, Found<string> | null> = {
    CodeNumber: so.num,
    CodeNotation: so.notation,
    IssuedDate: issued,
    OrganName: organ,
    TypeName: typeName,
    Subject: subject,
    SignerName: signer,
  };
  const confidence: Record<string, number> = {};
  for (const [k, v] of Object.entries(found)) confidence[k] = v ? Math.round(v.confidence * scale * 100) / 100 : 0;
  if (secrecy) {
    confidence.Confidentiality = Math.round(secrecy.confidence * scale * 100) / 100;
    flags.push(flag('Confidentiality', 'SECRET_STAMP', 'intake.flagSecretStamp', { stamp: secrecy.text }));
  }
  for (const [k, v] of Object.entries(fields)) {
    if (
      v !== null &&
      v.length >
        (
          { CodeNumber: 11, CodeNotation: 30, OrganName: 200, Subject: 500, SignerName: 50, TypeName: 100, IssuedDate: 10 } as Record<
            string,
            number
          >
        )[k]!
    ) {
      flags.push(flag(k, 'TOO_LONG', 'intake.flagTooLong', { field: k }));
    }
  }
  return { fields, confidence, flags };
}
