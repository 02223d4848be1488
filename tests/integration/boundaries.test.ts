import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/app-harness';

const eslint = new ESLint({ cwd: ROOT });

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

  it('src-main uses the injected logger, not console', async () => {
    expect(await problems('src-main/features/agency/x.ts', "console.log('x');\n")).toEqual([expect.stringContaining('no-console')]);
  });
});
