/**
 * The original sample texts committed under tests/fixtures/text (see its README): the only source of
 * Vietnamese body text for the scan, signing and benchmark fixtures. A missing file or paragraph is
 * an error, never a silent stand-in: a fixture that quietly lost its text once made the OCR search
 * test find nothing.
 */
import fs from 'node:fs';
import path from 'node:path';

export const FIXTURE_TEXT_DIR = path.resolve(__dirname, '..', 'fixtures', 'text');

/** Every sample text file name (sorted). */
export function fixtureTextFiles(): string[] {
  return fs
    .readdirSync(FIXTURE_TEXT_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

/** The lines of one sample text, NFC, trimmed, empty lines dropped. */
export function fixtureLines(file: string): string[] {
  const p = path.join(FIXTURE_TEXT_DIR, file);
  if (!fs.existsSync(p)) throw new Error(`fixture text missing: ${path.relative(process.cwd(), p)}`);
  return fs
    .readFileSync(p, 'utf8')
    .normalize('NFC')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** `count` paragraphs of `file` from the first one matching `from`; throws when there is no such paragraph. */
export function fixtureParagraphs(file: string, from: RegExp, count: number): string[] {
  const lines = fixtureLines(file);
  const i = lines.findIndex((l) => from.test(l));
  if (i < 0) throw new Error(`fixture text ${file}: no paragraph matches ${from}`);
  return lines.slice(i, i + count);
}
