import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../core/logger';
import { describePdf } from '../pdf/assemble';
import { createIntakeRunner } from './intake-runner';

const runner = createIntakeRunner({ logger: silentLogger });
afterAll(() => runner.close());

async function pages(n: number) {
  const jpeg = new Uint8Array(
    await sharp({ create: { width: 827, height: 1169, channels: 3, background: '#fdfbf5' } })
      .jpeg()
      .toBuffer(),
  );
  return Array.from({ length: n }, () => ({
    kind: 'image' as const,
    data: jpeg,
    pdfPage: null,
    widthPx: 827,
    heightPx: 1169,
    dpi: 100,
    rotation: 0 as const,
    colorMode: 'color' as const,
  }));
}

describe('intake tasks in a worker thread', () => {
  it('assembles off the main thread, with progress', async () => {
    expect(runner.mode).toBe('worker');
    const seen: number[] = [];
    const pdf = await runner.run(
      'assemble',
      { pages: await pages(5), mode: 'bw', quality: 80, createdAtMs: Date.UTC(2026, 2, 5) },
      { onProgress: (d) => seen.push(d) },
    );
    expect((await describePdf(pdf)).pages).toBe(5);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });

  it('cancel stops the assembly between pages', async () => {
    const ctrl = new AbortController();
    const job = runner.run(
      'assemble',
      { pages: await pages(40), mode: 'gray', quality: 80, createdAtMs: 0 },
      { signal: ctrl.signal, onProgress: (d) => d === 2 && ctrl.abort() },
    );
    await expect(job).rejects.toMatchObject({ kind: 'Conflict', details: { cancelled: true } });
  });

  it('deskew in the worker finds the angle', async () => {
    const svg = Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="1000"><rect width="100%" height="100%" fill="white"/>${Array.from({ length: 15 }, (_, i) => `<rect x="60" y="${80 + i * 55}" width="680" height="14" fill="black"/>`).join('')}</svg>`,
    );
    const img = await sharp(svg).rotate(2, { background: '#fff' }).jpeg().toBuffer();
    const r = await runner.run('straighten', { image: new Uint8Array(img), minSkew: 0.3 });
    expect(r.angle).toBeCloseTo(2, 0);
    expect(r.image).not.toBeNull();
  });
});
