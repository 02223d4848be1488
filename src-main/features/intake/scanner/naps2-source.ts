/**
 * Windows scanning through NAPS2's console (covers WIA, TWAIN and eSCL with one CLI). NAPS2 is
 * GPL and is not bundled: the clerk installs it and gives its path. It writes one JPEG per page
 * into a fresh folder; pages are picked up as their size settles, so a page is in the batch even
 * if NAPS2 later fails. NAPS2 has no exit-code contract: failure = its message + no page files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { runChild } from '../../../core/child-process';
import { scanErrorFromRun } from './run-failure';
import { eventQueue, ScanError, type ScanErrorCode, type ScanEvent, type ScannerSource, type ScanRequest } from './scanner-source';

export type Naps2Driver = 'wia' | 'twain' | 'escl';

export const DEFAULT_NAPS2_PATH = 'C:\\Program Files\\NAPS2\\NAPS2.Console.exe';

/** `deviceId` is "<driver>:<device name>", e.g. "wia:Canon DR-C225". */
export function parseNaps2DeviceId(id: string): { driver: Naps2Driver; device: string } {
  const m = /^(wia|twain|escl):(.+)$/.exec(id);
  if (!m)
    throw new ScanError('UNSUPPORTED_SETTINGS', {
      detail: `mã thiết bị NAPS2 "${id}" phải có dạng wia:<tên>, twain:<tên> hoặc escl:<tên>`,
    });
  return { driver: m[1] as Naps2Driver, device: m[2]! };
}

export function buildNaps2ScanArgs(req: ScanRequest): string[] {
  const { driver, device } = parseNaps2DeviceId(req.deviceId);
  const source = req.source === 'flatbed' ? 'glass' : req.source === 'adf' ? 'feeder' : 'duplex';
  const args = [
    '--noprofile',
    '--driver',
    driver,
    '--device',
    device,
    '--source',
    source,
    '--dpi',
    String(req.dpi),
    '--bitdepth',
    req.colorMode === 'color' ? 'color' : 'gray',
    '--pagesize',
    req.areaMm.w === 210 && req.areaMm.h === 297 ? 'a4' : `${(req.areaMm.w / 10).toFixed(1)}x${(req.areaMm.h / 10).toFixed(1)}cm`,
    '--jpegquality',
    '85',
    '-o',
    path.win32.join(req.workDir, 'page-$(nnnn).jpg'),
    '--split',
    '-f',
    '-v',
  ];
  if (req.maxPages !== undefined && req.source !== 'flatbed') args.push('-n', '1');
  return args;
}

export function buildNaps2ListArgs(driver: Naps2Driver): string[] {
  return ['--listdevices', '--driver', driver];
}

/** Device names, one per line; NAPS2 prints nothing else on success. */
export function parseNaps2DeviceList(stdout: string): string[] {
  return stdout
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !/^(NAPS2|Usage|Error)/i.test(l));
}

/** Maps NAPS2's console messages (English UI strings) to the port's error codes. */
export function classifyNaps2Output(text: string): ScanErrorCode | null {
  if (/paper jam|jammed/i.test(text)) return 'JAMMED';
  if (/cover (is )?open|door (is )?open/i.test(text)) return 'COVER_OPEN';
  if (/busy|in use by another/i.test(text)) return 'BUSY';
  if (/feeder (is )?empty|no (paper|pages?) (in|loaded)|out of paper|no scanned pages/i.test(text)) return 'FEEDER_EMPTY';
  if (/not (be )?found|no (scanning )?device|offline|not connected|could not connect/i.test(text)) return 'NO_DEVICE';
  if (/not supported|unsupported|invalid (dpi|resolution|value)/i.test(text)) return 'UNSUPPORTED_SETTINGS';
  if (/cancel/i.test(text)) return 'CANCELLED';
  if (/error|exception|failed/i.test(text)) return 'IO';
  return null;
}

/** Files in `dir` named page-NNNN.jpg, in page order. */
export function listPageFiles(dir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => /^page-\d+\.jpe?g$/i.test(n))
    .sort()
    .map((n) => path.join(dir, n));
}

export function createNaps2Source(
  opts: { binary?: string; pollMs?: number; idleTimeoutMs?: number; timeoutMs?: number; listTimeoutMs?: number } = {},
): ScannerSource {
  const bin = opts.binary ?? DEFAULT_NAPS2_PATH;
  const pollMs = opts.pollMs ?? 500;
  const idleMs = opts.idleTimeoutMs ?? 120_000;
  const listTimeoutMs = opts.listTimeoutMs ?? 30_000;
  return {
    kind: 'naps2',
    async listDevices(signal) {
      const out = [];
      for (const driver of ['wia', 'twain', 'escl'] as const) {
        // A driver that cannot list (missing, hung on a dead device) lists nothing.
        const text = await runChild(bin, {
          args: buildNaps2ListArgs(driver),
          timeoutMs: listTimeoutMs,
          stderr: 'ignore',
          ...(signal ? { signal } : {}),
        }).then(
          (r) => r.stdout,
          () => '',
        );
        for (const name of parseNaps2DeviceList(text))
          out.push({ id: `${driver}:${name}`, label: `${name} (${driver.toUpperCase()})`, kind: 'naps2' as const });
      }
      return out;
    },
    scan(req, signal) {
      fs.mkdirSync(req.workDir, { recursive: true });
      const q = eventQueue<ScanEvent>();
      const args = buildNaps2ScanArgs(req);
      const seen = new Map<string, number>();
      let pages = 0;
      const collect = (final: boolean) => {
        for (const f of listPageFiles(req.workDir)) {
          if (seen.get(f) === -1) continue;
          let size = -2;
          try {
            size = fs.statSync(f).size;
          } catch {
            continue;
          }
          // A page counts once its size is stable over one poll (NAPS2 writes in place).
          if (final || (size > 0 && seen.get(f) === size)) {
            seen.set(f, -1);
            pages += 1;
            q.push({ type: 'page', page: { index: pages, file: f, mime: 'image/jpeg', dpi: req.dpi } });
          } else seen.set(f, size);
        }
      };
      const timer = setInterval(() => collect(false), pollMs);
      runChild(bin, {
        args,
        // NAPS2 -v reports each page; two minutes of silence is far longer than any sheet takes.
        idleMs,
        timeoutMs: opts.timeoutMs ?? 2 * 60 * 60 * 1000,
        stdout: { maxChars: 8192, overflow: 'keep-tail' },
        stderr: { maxChars: 8192, overflow: 'keep-tail' },
        signal,
      }).then(
        (r) => {
          clearInterval(timer);
          collect(true);
          const output = `${r.stdout}\n${r.stderr}`;
          const problem = classifyNaps2Output(output);
          if (pages > 0 && (problem === null || problem === 'FEEDER_EMPTY')) {
            q.push({ type: 'end', reason: problem === 'FEEDER_EMPTY' ? 'feeder-empty' : 'completed' });
            return q.end();
          }
          q.end(
            new ScanError(problem ?? (r.code === 0 ? 'FEEDER_EMPTY' : 'IO'), { pagesDelivered: pages, raw: output.trim().slice(-600) }),
          );
        },
        (err: unknown) => {
          clearInterval(timer);
          collect(true);
          q.end(
            scanErrorFromRun(err, {
              pages,
              idleMs,
              notInstalled: 'không chạy được NAPS2; hãy cài NAPS2 và chọn đường dẫn NAPS2.Console.exe',
            }),
          );
        },
      );
      return q.drain();
    },
  };
}
