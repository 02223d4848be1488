/**
 * The tool gate itself (tests/support/tools.ts): with a PATH that holds nothing, a needed tool is
 * missing — skipped with the tool and its Debian package in the title, or, under
 * VANTHU_REQUIRE_TOOLS=1, a failure that names them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MissingToolError, needTools } from '../support/tools';

const saved = { PATH: process.env.PATH, REQUIRE: process.env.VANTHU_REQUIRE_TOOLS };
const emptyPath = () => (process.env.PATH = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-empty-path-')));

afterEach(() => {
  process.env.PATH = saved.PATH;
  if (saved.REQUIRE === undefined) delete process.env.VANTHU_REQUIRE_TOOLS;
  else process.env.VANTHU_REQUIRE_TOOLS = saved.REQUIRE;
});

describe('needTools', () => {
  it('needs nothing: runs, title unchanged', () => {
    const g = needTools();
    expect(g).toMatchObject({ skip: false, reason: '' });
    expect(g.title('x')).toBe('x');
  });

  it('a missing tool skips, with the tool and its Debian package in the title', () => {
    emptyPath();
    delete process.env.VANTHU_REQUIRE_TOOLS;
    const g = needTools('qpdf', 'tiffcp');
    expect(g.skip).toBe(true);
    expect(g.reason).toBe('qpdf (Debian package qpdf), tiffcp (Debian package libtiff-tools) missing: apt-get install qpdf libtiff-tools');
    expect(g.title('a password-protected PDF')).toBe(`a password-protected PDF [skipped: ${g.reason}]`);
  });

  it('under VANTHU_REQUIRE_TOOLS=1 a missing tool is an error naming it and its package', () => {
    emptyPath();
    process.env.VANTHU_REQUIRE_TOOLS = '1';
    expect(() => needTools('pdftotext')).toThrow(MissingToolError);
    expect(() => needTools('pdftotext')).toThrow(
      'VANTHU_REQUIRE_TOOLS=1 but a tool these tests need is not installed: pdftotext (Debian package poppler-utils)',
    );
  });
});
