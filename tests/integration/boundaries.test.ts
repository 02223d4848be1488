import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/app-harness';

// The snippets below are linted as if they stood at the given paths; they are not on disk, so the
// type-aware rules (which need the file in a tsconfig) are off for them — the boundary rules are not.
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: [
    {
      files: ['**/x.ts', '**/x.tsx'],
      languageOptions: { parserOptions: { projectService: false } },
      rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' },
    },
  ],
});

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('architecture boundaries are enforced by lint', () => {
  it('electron is only importable in src-main/electron and src-main/preload', async () => {
    const code = "import { app } from 'electron';\nexport const x = app;\n";
    expect(await problems('src-main/features/agency/x.ts', code)).toEqual([expect.stringContaining('no-restricted-imports')]);
    expect(await problems('src-renderer/app/x.tsx', code)).toEqual([expect.stringContaining('no-restricted-imports')]);
    expect(await problems('src-main/electron/x.ts', code)).toEqual([]);
    expect(await problems('src-main/preload/x.ts', code)).toEqual([]);
  });

  it('src-shared may use neither Node nor DOM APIs', async () => {
    expect(await problems('src-shared/domain/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n")).toHaveLength(1);
    expect(await problems('src-shared/domain/x.ts', "import path from 'path';\nexport const a = path;\n")).toHaveLength(1);
    expect(await problems('src-shared/domain/x.ts', 'export const a = window.location;\n')).toHaveLength(1);
    expect(await problems('src-shared/domain/x.ts', 'export const a = process.env;\n')).toHaveLength(1);
    expect(await problems('src-shared/domain/x.ts', "import { z } from 'zod';\nexport const a = z.string();\n")).toEqual([]);
  });

  it('the renderer reaches main only through the bridge: no src-main imports, no Node APIs', async () => {
    const fromMain = "import { createApp } from '../../src-main/app/create-app';\nexport const a = createApp;\n";
    expect(await problems('src-renderer/features/x.tsx', fromMain)).toEqual([expect.stringContaining('no-restricted-imports')]);
    const node = "import fs from 'node:fs';\nexport const a = fs;\n";
    expect(await problems('src-renderer/features/x.tsx', node)).toEqual([expect.stringContaining('no-restricted-imports')]);
    const shared = "import { foldVietnamese } from '../../src-shared/domain';\nexport const a = foldVietnamese;\n";
    expect(await problems('src-renderer/features/x.tsx', shared)).toEqual([]);
  });

  it('src-main uses the injected logger, not console', async () => {
    expect(await problems('src-main/features/agency/x.ts', "console.log('x');\n")).toEqual([expect.stringContaining('no-console')]);
  });

  it('only the audit feature holds audit_log SQL', async () => {
    const sql = "export const q = (db: { prepare(s: string): unknown }) => db.prepare('SELECT MAX(seq) FROM audit_log');\n";
    expect(await problems('src-main/features/books/x.ts', sql)).toEqual([expect.stringContaining('no-restricted-syntax')]);
    const tpl = 'export const q = (id: string) => `SELECT seq FROM audit_log WHERE entity_id = ${id}`;\n';
    expect(await problems('src-main/features/books/x.ts', tpl)).toEqual([expect.stringContaining('no-restricted-syntax')]);
    expect(await problems('src-main/features/audit/x.ts', sql)).toEqual([]);
  });
});
