/**
 * Độ khẩn (urgency) and độ mật (confidentiality) of a document, kept as two separate enums.
 * Phụ lục VI packs both into one "Priority" Number(1) field without a published code list, so
 * the single digit is produced only at the edXML boundary (see `urgencyToEdxmlPriority`).
 */
import { foldVietnamese } from './text-fold';

/** Stored values are stable ASCII; labels are for display. */
export const Urgency = {
  /** No urgency mark ("Thường"). */
  Normal: 'thuong',
  Khan: 'khan',
  ThuongKhan: 'thuong-khan',
  HoaToc: 'hoa-toc',
} as const;
export type Urgency = (typeof Urgency)[keyof typeof Urgency];

/** Lowest to highest; the order used for sorting and for "at least as urgent as". */
export const URGENCY_LEVELS: readonly Urgency[] = Object.freeze(['thuong', 'khan', 'thuong-khan', 'hoa-toc']);

export const URGENCY_LABELS: Readonly<Record<Urgency, string>> = Object.freeze({
  thuong: 'Thường',
  khan: 'Khẩn',
  'thuong-khan': 'Thượng khẩn',
  'hoa-toc': 'Hỏa tốc',
});

/**
 * Stamp text and size (Phụ lục I Mục III.2.b): "HOẢ TỐC" 30×8 mm, "THƯỢNG KHẨN" 40×8 mm,
 * "KHẨN" 20×8 mm; red, single border, bold capitals. The decree's own text spells "HOẢ TỐC";
 * its drawing shows "HỎA TỐC" — the same word, so either is lawful; we print the text's form.
 */
export const URGENCY_STAMPS: Readonly<
  Record<Exclude<Urgency, 'thuong'>, { readonly text: string; readonly widthMm: number; readonly heightMm: number }>
> = Object.freeze({
  khan: Object.freeze({ text: 'KHẨN', widthMm: 20, heightMm: 8 }),
  'thuong-khan': Object.freeze({ text: 'THƯỢNG KHẨN', widthMm: 40, heightMm: 8 }),
  'hoa-toc': Object.freeze({ text: 'HOẢ TỐC', widthMm: 30, heightMm: 8 }),
});

export const Confidentiality = {
  /** Not a state secret. */
  None: 'none',
  Mat: 'mat',
  ToiMat: 'toi-mat',
  TuyetMat: 'tuyet-mat',
} as const;
export type Confidentiality = (typeof Confidentiality)[keyof typeof Confidentiality];

/** Lowest to highest secrecy. */
export const CONFIDENTIALITY_LEVELS: readonly Confidentiality[] = Object.freeze(['none', 'mat', 'toi-mat', 'tuyet-mat']);

export const CONFIDENTIALITY_LABELS: Readonly<Record<Confidentiality, string>> = Object.freeze({
  none: 'Thường',
  mat: 'Mật',
  'toi-mat': 'Tối mật',
  'tuyet-mat': 'Tuyệt mật',
});

export function isUrgency(value: unknown): value is Urgency {
  return typeof value === 'string' && (URGENCY_LEVELS as readonly string[]).includes(value);
}

export function isConfidentiality(value: unknown): value is Confidentiality {
  return typeof value === 'string' && (CONFIDENTIALITY_LEVELS as readonly string[]).includes(value);
}

/**
 * True for any "văn bản khẩn" (Điều 4.2.c: hỏa tốc, thượng khẩn, khẩn), which must be registered,
 * presented and handed on immediately rather than by the next working day.
 */
export function isUrgent(level: Urgency): boolean {
  return level !== 'thuong';
}

/**
 * True for Mật, Tối mật and Tuyệt mật. Such documents take their own number series (Điều 15.2)
 * and must stay out of ordinary registers, reports and the search index.
 */
export function isStateSecret(level: Confidentiality): boolean {
  return level !== 'none';
}

/** Position in URGENCY_LEVELS (0 = Thường … 3 = Hỏa tốc), for sorting. */
export function urgencyRank(level: Urgency): number {
  return URGENCY_LEVELS.indexOf(level);
}

/** Position in CONFIDENTIALITY_LEVELS (0 = none … 3 = Tuyệt mật), for sorting and access checks. */
export function confidentialityRank(level: Confidentiality): number {
  return CONFIDENTIALITY_LEVELS.indexOf(level);
}

/**
 * edXML `Priority` codes seen in exchange traffic [M, edxml.md B.2]: 0 Thường, 1 Khẩn,
 * 2 Thượng khẩn, 3 Hỏa tốc, 4 Hỏa tốc hẹn giờ. Code 4 has no counterpart in Nghị định 30.
 */
export const EDXML_PRIORITY: Readonly<Record<Urgency, number>> = Object.freeze({
  thuong: 0,
  khan: 1,
  'thuong-khan': 2,
  'hoa-toc': 3,
});

/** edXML Priority digit for an urgency level; always 0–3. */
export function urgencyToEdxmlPriority(level: Urgency): number {
  return EDXML_PRIORITY[level];
}

/**
 * Reads an incoming edXML Priority. Code 4 ("hỏa tốc hẹn giờ", delivery at a set time) is read as
 * Hỏa tốc with `timed: true`, the nearest level the decree knows, so nothing urgent is
 * under-ranked. Returns null for anything else (caller decides: reject or default to Thường).
 */
export function urgencyFromEdxmlPriority(code: number | string): { urgency: Urgency; timed: boolean } | null {
  const n = typeof code === 'string' && /^\s*[0-9]\s*$/.test(code) ? Number(code) : code;
  switch (n) {
    case 0:
      return { urgency: 'thuong', timed: false };
    case 1:
      return { urgency: 'khan', timed: false };
    case 2:
      return { urgency: 'thuong-khan', timed: false };
    case 3:
      return { urgency: 'hoa-toc', timed: false };
    case 4:
      return { urgency: 'hoa-toc', timed: true };
    default:
      return null;
  }
}

const urgencyByFolded = new Map<string, Urgency>([
  ['thuong', 'thuong'],
  ['binh thuong', 'thuong'],
  ['khan', 'khan'],
  ['thuong khan', 'thuong-khan'],
  ['hoa toc', 'hoa-toc'],
]);
const confidentialityByFolded = new Map<string, Confidentiality>([
  ['thuong', 'none'],
  ['binh thuong', 'none'],
  ['khong mat', 'none'],
  ['mat', 'mat'],
  ['toi mat', 'toi-mat'],
  ['tuyet mat', 'tuyet-mat'],
]);

/**
 * Reads an urgency from a label or stamp as written ("HOẢ TỐC", "Hỏa tốc", "thượng khẩn",
 * "Khan"), through `foldVietnamese`; returns undefined when it is not one of the levels.
 * Note "Thượng khẩn" and "Thường" fold differently ("thuong khan" vs "thuong"), so no clash.
 */
export function urgencyFromLabel(label: string): Urgency | undefined {
  return urgencyByFolded.get(foldVietnamese(label));
}

/** Reads a secrecy level from a label or stamp ("TỐI MẬT", "mật"); undefined if unknown. */
export function confidentialityFromLabel(label: string): Confidentiality | undefined {
  return confidentialityByFolded.get(foldVietnamese(label));
}

/**
 * Number series of a state-secret entry: văn bản mật take their own numbering (Điều 15.2 for
 * outgoing; Điều 16.3 and 22.4 send their registration to the state-secret register, which numbers
 * on its own). Stored on the entry as 'den-mat' / 'mat'; ordinary series never use these names.
 */
export const SECRET_SERIES: Readonly<Record<'den' | 'di', string>> = Object.freeze({ den: 'den-mat', di: 'mat' });

/** True for a series that only holds mật entries. */
export function isSecretSeries(series: string): boolean {
  return series === SECRET_SERIES.den || series === SECRET_SERIES.di;
}

/**
 * Categories the agency's rules keep off the electronic channel even though they are not state
 * secrets (hồ sơ khen thưởng / kỷ luật, hồ sơ gốc, tài liệu nhạy cảm). Marked on an entry, they
 * make "Gửi liên thông" ask the clerk to confirm; they never block it.
 */
export const CHANNEL_RESTRICTIONS = Object.freeze(['khen-thuong-ky-luat', 'ho-so-goc', 'nhay-cam'] as const);
export type ChannelRestriction = (typeof CHANNEL_RESTRICTIONS)[number];

export function isChannelRestriction(value: unknown): value is ChannelRestriction {
  return typeof value === 'string' && (CHANNEL_RESTRICTIONS as readonly string[]).includes(value);
}

/**
 * Finds a độ-mật stamp in OCR text: a line reading "MẬT", "TỐI MẬT" or "TUYỆT MẬT" on its own, or
 * in capitals at the start of a line in capitals (OCR may join the stamp with the title beside it:
 * "MẬT QUYẾT ĐỊNH"). "bí mật nhà nước" in running text is not a stamp. Returns the highest level
 * found, or undefined when no line carries a stamp.
 */
export function confidentialityFromStampText(text: string): Confidentiality | undefined {
  let best: Confidentiality | undefined;
  for (const raw of text.split(/\r?\n/)) {
    // OCR draws the stamp's border as | [ ] ( ) or dashes around the word; strip them.
    const line = raw
      .replace(/[|[\](){}_—–\-=*«»"'.,:;!]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (line.length === 0) continue;
    let level = line.length <= 16 ? confidentialityFromLabel(line) : undefined;
    if (!level && line === line.toLocaleUpperCase('vi')) {
      // Joined to other words the mark must be read with its diacritics: "MẶT TRẬN …" is not "MẬT".
      const words = line.normalize('NFC').split(' ');
      const two = words.slice(0, 2).join(' ');
      level = two === 'TUYỆT MẬT' ? 'tuyet-mat' : two === 'TỐI MẬT' ? 'toi-mat' : words[0] === 'MẬT' ? 'mat' : undefined;
    }
    if (level && level !== 'none' && (best === undefined || confidentialityRank(level) > confidentialityRank(best))) best = level;
  }
  return best;
}
