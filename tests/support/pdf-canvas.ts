import { expect, type Locator } from '@playwright/test';

/** Dark samples (one pixel in 16) on a canvas: 0 while it is blank paper or not sized yet. */
function darkSamples(canvas: Locator): Promise<number> {
  return canvas.evaluate((c: HTMLCanvasElement) => {
    const ctx = c.getContext('2d');
    if (!ctx || c.width === 0) return 0;
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let dark = 0;
    for (let i = 0; i < d.length; i += 4 * 16) if (d[i]! < 200) dark++;
    return dark;
  });
}

/**
 * Waits until pdf.js has painted the page on this canvas: something other than blank paper, and the
 * same picture on two reads in a row (pdf.js paints a page progressively). Screenshots taken after it
 * show the whole page, without guessing how long painting takes.
 */
export async function painted(canvas: Locator): Promise<void> {
  await expect(canvas).toBeVisible();
  let last = -1;
  await expect
    .poll(
      async () => {
        const now = await darkSamples(canvas);
        const settled = now > 50 && now === last;
        last = now;
        return settled;
      },
      { timeout: 30_000, intervals: [100, 250, 500] },
    )
    .toBe(true);
}
