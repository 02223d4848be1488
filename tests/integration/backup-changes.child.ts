/**
 * The app killed mid-day: registers `count` incoming documents through the app's own connection
 * (no checkpoint: the WAL keeps them), then kills itself. Run by backup-changes.test.ts.
 */
import { createApp } from '../../src-main/app/create-app';
import { silentLogger } from '../../src-main/core/logger';

const [dataDir, countText] = process.argv.slice(2) as [string, string];
const app = createApp({ dataDir }, { logger: silentLogger });
void (async () => {
  for (let i = 0; i < Number(countText); i++) {
    const r = await app.router.call(
      'register.addIncoming',
      { TypeName: 'Công văn', SoKyHieu: `${i + 1}/TT-VP`, OrganName: 'Sở Tư pháp', Subject: `Văn bản ${i} trước khi tắt máy đột ngột` },
      { transport: 'cli' },
    );
    if (!r.ok) throw new Error(r.error.message);
  }
  process.kill(process.pid, 'SIGKILL');
})();
