import { describe, expect, it } from 'vitest';
import { startBrowserMode, tempDataDir } from '../support/browser-mode';

describe('browser mode server', () => {
  it('serves the renderer, and refuses a second instance on the same data folder', async () => {
    const dir = tempDataDir();
    const first = await startBrowserMode(dir);
    try {
      const base = first.url.split('?')[0]!;
      const page = await fetch(base);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(await page.text()).toContain('<div id="root">');
      await expect(startBrowserMode(dir)).rejects.toThrow(/exited with 4: .*đang được một phiên vanthu khác sử dụng/s);
    } finally {
      await first.stop();
    }
    // After a clean stop the folder is free again.
    const again = await startBrowserMode(dir);
    await again.stop();
  });
});
