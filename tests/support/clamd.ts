/**
 * A private clamd for tests: its own config, socket and a hand-written signature database that
 * detects the EICAR test file (freshclam cannot reach the internet here). The EICAR string is
 * built at run time from two halves so no file in the repository trips a developer's antivirus.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { stopChild } from './child-url';

export const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$' + 'EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

export interface TestClamd {
  socket: string;
  dir: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

function ping(socket: string): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createConnection(socket);
    let out = '';
    s.on('connect', () => s.write('zPING\0'));
    s.on('data', (d) => (out += d.toString()));
    s.on('error', () => resolve(false));
    s.on('close', () => resolve(out.startsWith('PONG')));
  });
}

/** Starts clamd in the foreground with `StreamMaxLength` (MiB) and waits for PONG. */
export async function startTestClamd(opts: { streamMaxMb?: number } = {}): Promise<TestClamd> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-clamd-'));
  const db = path.join(dir, 'db');
  fs.mkdirSync(db);
  const md5 = createHash('md5').update(EICAR).digest('hex');
  fs.writeFileSync(path.join(db, 'test.hdb'), `${md5}:${EICAR.length}:Test.EICAR-HDB\n`);
  fs.writeFileSync(path.join(db, 'test.ndb'), `Test.EICAR-NDB:0:*:${Buffer.from('EICAR-STANDARD-ANTIVIRUS-TEST-FILE').toString('hex')}\n`);
  const socket = path.join(dir, 'clamd.sock');
  const user = os.userInfo().username;
  fs.writeFileSync(
    path.join(dir, 'clamd.conf'),
    [
      'Foreground yes',
      `LocalSocket ${socket}`,
      `DatabaseDirectory ${db}`,
      `LogFile ${path.join(dir, 'clamd.log')}`,
      `PidFile ${path.join(dir, 'clamd.pid')}`,
      // clamd switches user only when started by root; otherwise it runs as whoever started it.
      ...(process.getuid?.() === 0 ? [`User ${user}`] : []),
      `StreamMaxLength ${opts.streamMaxMb ?? 25}M`,
      `MaxFileSize ${opts.streamMaxMb ?? 25}M`,
      'AlertExceedsMax yes',
      'MaxThreads 4',
      'SelfCheck 0',
      '',
    ].join('\n'),
  );
  const child = spawn('clamd', ['-c', path.join(dir, 'clamd.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const deadline = Date.now() + 30_000;
  while (!(fs.existsSync(socket) && (await ping(socket)))) {
    if (child.exitCode !== null) throw new Error(`clamd exited ${child.exitCode}: ${stderr}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`clamd did not answer PING: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    socket,
    dir,
    process: child,
    stop: async () => {
      await stopChild(child);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
