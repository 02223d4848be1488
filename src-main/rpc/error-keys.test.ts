import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operations } from '../../src-shared/contracts';
import { unnamedWords } from '../../src-shared/contracts/input-text';
import { SCAN_ERROR_CODES } from '../../src-shared/contracts/intake-scan-error-texts';
import { ERROR_MARK, ERROR_TEXTS } from '../../src-shared/rpc/error-texts';
import { errorsEn } from '../../src-renderer/i18n/errors.en';

const root = path.resolve(__dirname, '..');
const renderer = path.resolve(__dirname, '../../src-renderer');
const shared = path.resolve(__dirname, '../../src-shared');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return sources(p);
    return /\.tsx?$/.test(d.name) && !d.name.endsWith('.test.ts') ? [p] : [];
  });
}

/** Every `appError(<first argument>` (and of the helpers keyed the same way) in src-main and the window's bridge, as written (a key literal, or anything else). */
function appErrorCalls(): { file: string; arg: string }[] {
  return [...sources(root), ...sources(renderer)].flatMap((file) =>
    [...fs.readFileSync(file, 'utf8').matchAll(/(?<!function )\b(?:appError|edxmlError|hubError|errorAround)\(\s*([^,)]+)/g)].map((m) => ({
      file: path.relative(root, file),
      arg: m[1]!.trim(),
    })),
  );
}

/**
 * Every quoted catalog key written anywhere in src-main, src-shared (domain checks, contracts) and the
 * window (any call, any helper) — not in the catalogs themselves, which name every key and so would
 * count each as used.
 */
function keyLiterals(): string[] {
  const keys = new Set(Object.keys(ERROR_TEXTS));
  const english = (file: string) => file.includes(`${path.sep}errors-en${path.sep}`) || file.endsWith(`${path.sep}errors.en.ts`);
  return [
    ...sources(root),
    ...sources(shared).filter((f) => !f.includes(`${path.sep}error-texts${path.sep}`)),
    ...sources(renderer).filter((f) => !english(f)),
  ].flatMap((file) => [...fs.readFileSync(file, 'utf8').matchAll(/'([\w]+\.[\w.]+)'/g)].map((m) => m[1]!).filter((k) => keys.has(k)));
}

/**
 * Every string written where a catalog key goes — a keyed helper's key argument (appError, keyedText,
 * inputText, inputIssue, fieldAppError, domainErr…) in src-main, src-shared (outside the catalog) and
 * the window, or a keyed text's `code:`/`key:`/`prefix:` in src-main and src-shared, whose group (the part before the first
 * dot) is a group of the catalog: each must be a key of it (a typo, or a key not yet written, fails).
 */
function keysInKeyPlaces(): { file: string; key: string }[] {
  const groups = new Set(Object.keys(ERROR_TEXTS).map((k) => k.split('.')[0]!));
  const english = (file: string) => file.includes(`${path.sep}errors-en${path.sep}`) || file.endsWith(`${path.sep}errors.en.ts`);
  const helper =
    /\b(?:appError|keyedText|inputText|inputIssue|fieldAppError|errorAround|rowListError|domainErr|domainError|domainErrAround|domainFieldError)\((?:[^'()]*?,\s*)?'([a-zA-Z]+\.[\w.]+)'/g;
  const property = /\b(?:code|key|prefix|columnPrefix):\s*'([a-zA-Z]+\.[\w.]+)'/g;
  const window = sources(renderer).filter((f) => !english(f));
  return [...sources(root), ...sources(shared).filter((f) => !f.includes(`${path.sep}error-texts${path.sep}`)), ...window].flatMap(
    (file) => {
      const text = fs.readFileSync(file, 'utf8');
      // The window's own `code:` properties are often its i18n keys (a form field named "code"): only its helper calls count.
      return [...text.matchAll(helper), ...(window.includes(file) ? [] : text.matchAll(property))]
        .map((m) => ({ file: path.relative(path.resolve(root, '..'), file), key: m[1]! }))
        .filter((k) => groups.has(k.key.split('.')[0]!));
    },
  );
}

const marks = (text: string) => [...text.matchAll(ERROR_MARK)].map((m) => m[0]).sort();

// The keyed helpers themselves pass their `code` parameter on to appError (their callers write the
// key literals); a ScanError is keyed from its code (`scan.<CODE>`, counted below); the token adapter
// throws the key a failed module probe carries (module-probe.ts words it from a literal).
const PASSED_ON: ReadonlyMap<string, string> = new Map([
  ['features/exchange/edxml/edxml-limits.ts', 'code'],
  ['features/exchange/hub/hub-transport.ts', 'code'],
  ['features/calendar/notice-import.ts', 'code'],
  ['bridge/http-bridge.ts', 'code'],
  ['features/signing/token/module-probe.ts', 'code'],
  ['features/signing/token/pkcs11-token.adapter.ts', 'p.code'],
  ['features/intake/scanner/scanner-source.ts', '`scan.${this.code}`'],
]);

describe('error keys', () => {
  const calls = appErrorCalls().filter((c) => PASSED_ON.get(c.file) !== c.arg);
  // A key literal, or a choice between two (`cond ? 'a.b' : 'a.c'`).
  const keysOf = (arg: string) =>
    /^(?:[^'?]+\?\s*'([^']+)'\s*:\s*)?'([^']+)'$/
      .exec(arg)
      ?.slice(1)
      .filter((k) => k !== undefined);
  const used = new Set(calls.flatMap((c) => keysOf(c.arg) ?? []));
  // Keys handed to a local helper (`pathError('files.pathNotFound', …)`, fieldAppError(field, 'key')): any key literal.
  for (const key of keyLiterals()) used.add(key);
  // Scan errors are keyed from their code (`scan.<CODE>`), one key per code.
  for (const code of SCAN_ERROR_CODES) used.add(`scan.${code}`);

  it('src-main words its errors through the catalog, with literal keys the check can read', () => {
    expect(calls.length).toBeGreaterThan(80);
    expect(calls.filter((c) => keysOf(c.arg) === undefined)).toEqual([]);
  });

  it('every key used in src-main has a Vietnamese and an English text', () => {
    const vi = ERROR_TEXTS as Readonly<Record<string, { vi: string } | undefined>>;
    const en = errorsEn as Readonly<Record<string, string | undefined>>;
    const missing = [...used].filter((k) => !vi[k]?.vi.trim() || !en[k]?.trim());
    expect(missing).toEqual([]);
  });

  it('a key written where a catalog key goes is defined, in Vietnamese and in English', () => {
    const vi = ERROR_TEXTS as Readonly<Record<string, { vi: string } | undefined>>;
    const en = errorsEn as Readonly<Record<string, string | undefined>>;
    const found = keysInKeyPlaces();
    expect(found.length).toBeGreaterThan(300);
    expect(found.filter((k) => !vi[k.key]?.vi.trim() || !en[k.key]?.trim())).toEqual([]);
  });

  it('every label a contract names a field, book, role or action by has its word, so its refusals read in English', () => {
    expect(operations.length).toBeGreaterThan(100);
    expect(unnamedWords()).toEqual([]);
  });

  it('the English text of each key fills the same params as the Vietnamese one', () => {
    const differ = Object.entries(ERROR_TEXTS)
      .filter(([k, t]) => JSON.stringify(marks(t.vi)) !== JSON.stringify(marks(errorsEn[k as keyof typeof errorsEn])))
      .map(([k]) => k);
    expect(differ).toEqual([]);
  });

  it('no key is written in two group files of the catalog (the later one would silently replace it)', () => {
    const dir = path.resolve(__dirname, '../../src-shared/rpc/error-texts');
    const keys = fs
      .readdirSync(dir)
      .flatMap((f) => [...fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/^ {2}'([\w.]+)':\s+[{']/gm)].map((m) => m[1]!));
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    expect(new Set(keys)).toEqual(new Set(Object.keys(ERROR_TEXTS).filter((k) => !k.startsWith('scan.'))));
  });

  it('the catalog holds no key that nothing uses', () => {
    expect(Object.keys(ERROR_TEXTS).filter((k) => !used.has(k))).toEqual([]);
  });
});
