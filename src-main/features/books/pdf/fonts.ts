/**
 * Fonts for printed books: the real Times New Roman when the operating system has it with full
 * Vietnamese coverage (Phụ lục I.I: "phông chữ Times New Roman"), else the metric-compatible
 * Liberation Serif shipped in resources/fonts (SIL OFL). Both are embedded as subsets.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appError } from '../../../../src-shared/rpc/errors';

export interface FontFamily {
  /** "Times New Roman" or "Liberation Serif". */
  name: string;
  regular: Uint8Array;
  bold: Uint8Array;
  italic: Uint8Array;
  /** SHA-256 of the regular face: recorded with a locked volume so a reprint uses the same font. */
  sha256: string;
}

interface Candidate {
  name: string;
  dir: string;
  files: { regular: string; bold: string; italic: string };
}

/** Every Vietnamese letter with a diacritic, in both cases: a font must draw them all. */
const VIETNAMESE = 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ';
const REQUIRED = [...VIETNAMESE, ...VIETNAMESE.toUpperCase()].map((c) => c.codePointAt(0)!);

function systemCandidates(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): Candidate[] {
  const tnr = (dir: string, regular: string, bold: string, italic: string): Candidate => ({
    name: 'Times New Roman',
    dir,
    files: { regular, bold, italic },
  });
  const out: Candidate[] = [];
  if (platform === 'win32') {
    const winDir = env.WINDIR ?? env.SystemRoot ?? 'C:\\Windows';
    out.push(tnr(path.join(winDir, 'Fonts'), 'times.ttf', 'timesbd.ttf', 'timesi.ttf'));
    if (env.LOCALAPPDATA)
      out.push(tnr(path.join(env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts'), 'times.ttf', 'timesbd.ttf', 'timesi.ttf'));
  } else if (platform === 'darwin') {
    for (const dir of ['/System/Library/Fonts/Supplemental', '/Library/Fonts', path.join(os.homedir(), 'Library', 'Fonts')]) {
      out.push(tnr(dir, 'Times New Roman.ttf', 'Times New Roman Bold.ttf', 'Times New Roman Italic.ttf'));
    }
  } else {
    const dirs = [
      '/usr/share/fonts/truetype/msttcorefonts',
      '/usr/share/fonts/TTF',
      '/usr/share/fonts/truetype',
      path.join(os.homedir(), '.fonts'),
      path.join(os.homedir(), '.local', 'share', 'fonts'),
    ];
    for (const dir of dirs) {
      out.push(tnr(dir, 'Times_New_Roman.ttf', 'Times_New_Roman_Bold.ttf', 'Times_New_Roman_Italic.ttf'));
      out.push(tnr(dir, 'times.ttf', 'timesbd.ttf', 'timesi.ttf'));
    }
  }
  return out;
}

function shippedCandidate(resourcesDir: string): Candidate {
  return {
    name: 'Liberation Serif',
    dir: path.join(resourcesDir, 'fonts'),
    files: { regular: 'LiberationSerif-Regular.ttf', bold: 'LiberationSerif-Bold.ttf', italic: 'LiberationSerif-Italic.ttf' },
  };
}

const coverageCache = new Map<string, boolean>();

/** True when the face draws every Vietnamese letter (old TNR versions lack Latin Extended Additional). */
async function coversVietnamese(file: string, bytes: Uint8Array): Promise<boolean> {
  const key = `${file}:${bytes.length}`;
  const cached = coverageCache.get(key);
  if (cached !== undefined) return cached;
  let ok = false;
  try {
    const fontkit = await import('@cantoo/fontkit');
    const font = fontkit.create(Buffer.from(bytes)) as unknown as { hasGlyphForCodePoint(c: number): boolean };
    ok = REQUIRED.every((c) => font.hasGlyphForCodePoint(c));
  } catch {
    ok = false;
  }
  coverageCache.set(key, ok);
  return ok;
}

async function load(c: Candidate): Promise<FontFamily | null> {
  const read = (f: string): Uint8Array | null => {
    try {
      return fs.readFileSync(path.join(c.dir, f));
    } catch {
      return null;
    }
  };
  const regular = read(c.files.regular);
  if (!regular) return null;
  const bold = read(c.files.bold);
  const italic = read(c.files.italic);
  if (!bold || !italic) return null;
  if (!(await coversVietnamese(path.join(c.dir, c.files.regular), regular))) return null;
  return { name: c.name, regular, bold, italic, sha256: createHash('sha256').update(regular).digest('hex') };
}

export interface FontSource {
  /** The font for a new book: Times New Roman if present, else Liberation Serif. */
  preferred(): Promise<FontFamily>;
  /** The font a locked volume was printed with, or null when this machine no longer has it. */
  bySha256(sha256: string): Promise<FontFamily | null>;
}

/**
 * Finds fonts on this machine. `resourcesDir` is the shipped resources folder (null when it could
 * not be located); the system folders come from the platform unless given (tests).
 */
export function createFontSource(opts: {
  resourcesDir: string | null;
  systemCandidates?: Candidate[];
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
}): FontSource {
  const candidates = (): Candidate[] => [
    ...(opts.systemCandidates ?? systemCandidates(opts.env ?? process.env, opts.platform ?? process.platform)),
    ...(opts.resourcesDir ? [shippedCandidate(opts.resourcesDir)] : []),
  ];
  let preferred: FontFamily | null = null;
  return {
    async preferred() {
      if (preferred) return preferred;
      for (const c of candidates()) {
        const family = await load(c);
        if (family) return (preferred = family);
      }
      if (!opts.resourcesDir)
        throw appError('books.fontsMissingNoResources', undefined, { lookedIn: '(thư mục resources không tìm thấy)' });
      const looked = path.join(opts.resourcesDir, 'fonts');
      throw appError('books.fontsMissing', { folder: looked }, { lookedIn: looked });
    },
    async bySha256(sha256) {
      if (preferred?.sha256 === sha256) return preferred;
      for (const c of candidates()) {
        const family = await load(c);
        if (family?.sha256 === sha256) return family;
      }
      return null;
    },
  };
}
