/**
 * Synthetic register data for the benchmark: Vietnamese text generated from a word-bigram model of
 * the original sample documents in tests/fixtures/text, so token frequencies (many "quyết định",
 * "ủy ban", few rare words) look like a real register rather than random letters.
 */
import { FIXTURE_TEXT_DIR, fixtureLines, fixtureTextFiles } from '../support/fixture-text';
import { prng } from '../support/prng';

/** The same seed builds the same register on every run. */
export const rng = prng;

export function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

const PLACES = [
  'Bình Định',
  'Quảng Nam',
  'Quảng Ngãi',
  'Hưng Yên',
  'Hà Nội',
  'Đà Nẵng',
  'Thừa Thiên Huế',
  'Khánh Hòa',
  'Đắk Lắk',
  'Bình Phước',
  'Đồng Nai',
  'Nghệ An',
  'Thanh Hóa',
  'Hải Phòng',
  'Cần Thơ',
  'Lâm Đồng',
  'Gia Lai',
  'Phú Yên',
  'Hoà Bình',
  'Thái Bình',
];
const LOCAL = ['Kim Động', 'Tân Phú', 'Đồng Phú', 'Hoài Nhơn', 'Tuy Phước', 'An Nhơn', 'Sơn Tịnh', 'Điện Bàn', 'Hội An', 'Tam Kỳ'];
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Thanh', 'Ngọc', 'Xuân', 'Hoài'];
const GIVEN = ['An', 'Bình', 'Dũng', 'Hòa', 'Hùng', 'Lan', 'Mai', 'Nam', 'Phong', 'Quân', 'Sơn', 'Thủy', 'Tuấn', 'Uyên', 'Việt', 'Đạt'];
const POSITIONS = ['Chủ tịch', 'Phó Chủ tịch', 'Giám đốc', 'Phó Giám đốc', 'Chánh Văn phòng', 'Trưởng phòng', 'Bí thư'];
const OPENERS = ['Về việc', 'V/v', 'Ban hành', 'Triển khai', 'Báo cáo', 'Kế hoạch', 'Hướng dẫn', 'Thông báo', 'Đề nghị', 'Phê duyệt'];

export interface Corpus {
  subject(r: () => number): string;
  organ(r: () => number): string;
  signer(r: () => number): { Position: string; FullName: string };
  pageText(r: () => number, words: number): string;
  organs: readonly string[];
  /** Words that occur in the corpus, by frequency band, for choosing benchmark queries. */
  commonWords: readonly string[];
  rareWords: readonly string[];
}

/** The corpus of the sample texts (FIXTURE_TEXT_DIR: every .txt file there). */
export function buildCorpus(): Corpus {
  const files = fixtureTextFiles();
  if (files.length === 0) throw new Error(`no sample text in ${FIXTURE_TEXT_DIR}`);
  const text = files.map((f) => fixtureLines(f).join('\n')).join('\n');
  const sentences = text
    .split(/[\n.;:|*]+/)
    .map((s) =>
      s
        .replace(/[^\p{L}\p{N}\s/,-]/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((s) => s.split(' ').length >= 4);
  const next = new Map<string, string[]>();
  const freq = new Map<string, number>();
  const starts: string[] = [];
  for (const s of sentences) {
    const w = s.split(' ');
    starts.push(w[0]!);
    for (let i = 0; i < w.length; i++) {
      const k = w[i]!.toLowerCase();
      freq.set(k, (freq.get(k) ?? 0) + 1);
      if (i + 1 < w.length) {
        const list = next.get(w[i]!) ?? [];
        list.push(w[i + 1]!);
        next.set(w[i]!, list);
      }
    }
  }
  const byFreq = [...freq.entries()].filter(([w]) => /^\p{L}{2,}$/u.test(w)).sort((a, b) => b[1] - a[1]);

  const chain = (r: () => number, first: string, words: number): string => {
    const out = [first];
    let cur = first;
    while (out.length < words) {
      const n = next.get(cur);
      cur = n && n.length > 0 ? pick(r, n) : pick(r, starts);
      out.push(cur);
    }
    return out.join(' ');
  };

  const agencies = [...new Set(text.match(/Sở [A-ZĐ][\p{Ll}]+(?: [a-zđ\p{Ll}]+){0,3}/gu) ?? [])].filter((s) => s.split(' ').length <= 5);
  const organs: string[] = [];
  for (const p of PLACES) {
    organs.push(`Ủy ban nhân dân tỉnh ${p}`, `Văn phòng Ủy ban nhân dân tỉnh ${p}`);
    for (const a of agencies.slice(0, 12)) organs.push(`${a} tỉnh ${p}`);
  }
  for (const l of LOCAL) organs.push(`Ủy ban nhân dân huyện ${l}`, `Uỷ ban nhân dân xã ${l}`, `Huyện ủy ${l}`);
  organs.push('Bộ Nội vụ', 'Bộ Ngoại giao', 'Văn phòng Chính phủ', 'Bộ Thông tin và Truyền thông', 'Cục Văn thư và Lưu trữ nhà nước');

  return {
    organs,
    subject: (r) => `${pick(r, OPENERS)} ${chain(r, pick(r, starts), 8 + Math.floor(r() * 22))}`.slice(0, 480),
    // Zipf-like: a few organs send most of the mail.
    organ: (r) => organs[Math.floor(organs.length * r() ** 2.5)]!,
    signer: (r) => ({ Position: pick(r, POSITIONS), FullName: `${pick(r, SURNAMES)} ${pick(r, MIDDLE)} ${pick(r, GIVEN)}` }),
    pageText: (r, words) => chain(r, pick(r, starts), words),
    commonWords: byFreq.slice(0, 30).map(([w]) => w),
    rareWords: byFreq.filter(([, n]) => n <= 2).map(([w]) => w),
  };
}
