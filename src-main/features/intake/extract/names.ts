/**
 * Recognising the signature block: a position line in capitals ("GIÁM ĐỐC", "KT. CHỦ TỊCH",
 * "TM. ỦY BAN NHÂN DÂN") and, a few lines below, a personal name in title case.
 */
import { foldVietnamese } from '../../../../src-shared/domain';

/** The commonest Vietnamese family names (folded), which make a name line near-certain. */
const SURNAMES = new Set([
  'nguyen',
  'tran',
  'le',
  'pham',
  'hoang',
  'huynh',
  'phan',
  'vu',
  'vo',
  'dang',
  'bui',
  'do',
  'ho',
  'ngo',
  'duong',
  'ly',
  'dinh',
  'doan',
  'truong',
  'lam',
  'luu',
  'mai',
  'cao',
  'ta',
  'trinh',
  'ha',
  'thai',
  'chu',
  'quach',
  'luong',
  'la',
  'tong',
  'kieu',
  'au',
  'van',
  'to',
  'thach',
  'trieu',
  'nong',
  'lo',
  'dao',
  'khuc',
  'kim',
  'giang',
  'tang',
  'vuong',
  'lai',
  'an',
]);

const POSITION =
  /^(kt\.?|tm\.?|t\/m|tl\.?|tuq\.?|q\.?|ktl\.?)?\s*(giam doc|pho giam doc|chu tich|pho chu tich|bi thu|pho bi thu|truong ban|pho truong ban|chanh van phong|pho chanh van phong|cuc truong|pho cuc truong|vu truong|truong phong|pho truong phong|thu truong|bo truong|thu tuong|pho thu tuong|hieu truong|vien truong|chanh an|vien truong|ban thuong vu|uy ban nhan dan|hoi dong nhan dan|ban chap hanh|chu nhiem|tong giam doc|nguoi ky)\b/;

/**
 * OCR puts the left column (Nơi nhận …) and the right one (the position) on one line:
 * "- Như trên; KT. CỤC TRƯỞNG". The position is the run of capitalised words at the end.
 */
function capitalTail(line: string): string {
  const words = line.replace(/\*/g, '').trim().split(/\s+/);
  let i = words.length;
  while (i > 0 && !/\p{Ll}/u.test(words[i - 1]!)) i--;
  return words.slice(i).join(' ');
}

export function isPositionLine(line: string): boolean {
  const tail = capitalTail(line);
  return POSITION.test(foldVietnamese(tail)) && tail.replace(/[^\p{Lu}]/gu, '').length >= 3;
}

/**
 * 'strong': 2–5 title-case words starting with a common family name; 'weak': title-case words
 * only; null: not a name.
 */
export function isPersonName(line: string): 'strong' | 'weak' | null {
  const words = line.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return null;
  for (const w of words) if (!/^\p{Lu}[\p{Ll}]*$/u.test(w)) return null;
  return SURNAMES.has(foldVietnamese(words[0]!)) ? 'strong' : 'weak';
}
