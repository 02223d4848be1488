/**
 * A second OS process on the same data folder (think: the app and a `vanthu` CLI script at once).
 * Waits for "go", registers `count` incoming and outgoing documents as fast as it can, reports
 * the numbers it got. Run by register-concurrency.test.ts, bundled with the app by esbuild.
 */
import { createApp } from '../../src-main/app/create-app';
import { silentLogger } from '../../src-main/core/logger';

const [dataDir, tag, countText] = process.argv.slice(2) as [string, string, string];
const count = Number(countText);
const app = createApp({ dataDir }, { logger: silentLogger });

process.on('message', async (msg) => {
  if (msg !== 'go') return;
  const den: number[] = [];
  const di: string[] = [];
  const errors: string[] = [];
  for (let i = 0; i < count; i++) {
    const a = await app.router.call(
      'register.addIncoming',
      { TypeName: 'Công văn', SoKyHieu: `${i + 1}/${tag}-VP`, OrganName: `Sở ${tag}`, Subject: `Văn bản ${i} của tiến trình ${tag}` },
      { transport: 'cli' },
    );
    if (a.ok) den.push((a.value as { entry: { ArrivalNumber: number } }).entry.ArrivalNumber);
    else errors.push(a.error.message);
    const b = await app.router.call(
      'register.addOutgoing',
      { TypeName: 'Thông báo', Subject: `Thông báo ${i} của ${tag}`, SignerInfo: { FullName: 'Nguyễn Văn An' } },
      { transport: 'cli' },
    );
    if (b.ok) di.push((b.value as { entry: { CodeNumber: string } }).entry.CodeNumber);
    else errors.push(b.error.message);
  }
  app.close();
  process.send!({ den, di, errors }, () => process.exit(0));
});
process.send!('ready');
