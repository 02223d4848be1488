import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFontSource } from './fonts';

const resources = path.resolve(__dirname, '..', '..', '..', '..', 'resources');

describe('font source', () => {
  it('prefers the system Times New Roman, falls back to the shipped Liberation Serif, finds a font by its hash', async () => {
    const sys = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-fonts-'));
    // A stand-in for C:\Windows\Fonts: the same file names as Windows uses.
    for (const [from, to] of [
      ['Regular', 'times.ttf'],
      ['Bold', 'timesbd.ttf'],
      ['Italic', 'timesi.ttf'],
    ] as const) {
      fs.copyFileSync(path.join(resources, 'fonts', `LiberationSerif-${from}.ttf`), path.join(sys, to));
    }
    const candidate = { name: 'Times New Roman', dir: sys, files: { regular: 'times.ttf', bold: 'timesbd.ttf', italic: 'timesi.ttf' } };
    const withTnr = createFontSource({ resourcesDir: resources, systemCandidates: [candidate] });
    expect((await withTnr.preferred()).name).toBe('Times New Roman');

    const without = createFontSource({ resourcesDir: resources, systemCandidates: [{ ...candidate, dir: path.join(sys, 'missing') }] });
    const lib = await without.preferred();
    expect(lib.name).toBe('Liberation Serif');
    expect(await without.bySha256(lib.sha256)).toMatchObject({ name: 'Liberation Serif' });
    expect(await without.bySha256('0'.repeat(64))).toBeNull();
  });
});
