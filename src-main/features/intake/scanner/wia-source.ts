/**
 * Windows scanning with no third-party install: WIA 2.0 automation (COM) driven from PowerShell.
 * The script writes one JPEG per page and one JSON line per event on stdout; WIA's HRESULTs map
 * to the port's error codes (0x80210003 paper empty = normal end of an ADF batch).
 */
import fs from 'node:fs';
import path from 'node:path';
import { byLine, eventQueue, ScanError, type ScanErrorCode, type ScanEvent, type ScannerSource, type ScanRequest } from './scanner-source';
import { runChild } from '../../../core/child-process';
import { scanErrorFromRun } from './run-failure';

const WIA_JPEG = '{B96B3CAE-0728-11D3-9D7B-0000F81EF32E}';

/** WIA_ERROR_* (wiadef.h) as the port's error codes. */
export const WIA_ERRORS: Readonly<Record<string, ScanErrorCode>> = {
  '0x80210001': 'IO',
  '0x80210002': 'JAMMED',
  '0x80210003': 'FEEDER_EMPTY',
  '0x80210004': 'COVER_OPEN',
  '0x80210005': 'IO',
  '0x80210006': 'BUSY',
  '0x80210007': 'DEVICE_GONE',
  '0x80210009': 'DEVICE_GONE',
  '0x8021000a': 'NO_DEVICE',
  '0x8021000c': 'UNSUPPORTED_SETTINGS',
  '0x80210015': 'NO_DEVICE',
  '0x80070005': 'BUSY',
};

const psString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** The PowerShell script for one scan run; every value is passed as a quoted literal. */
export function buildWiaScript(req: ScanRequest): string {
  const intent = req.colorMode === 'color' ? 1 : 2; // WIA_INTENT_IMAGE_TYPE_COLOR / _GRAYSCALE
  const handling = req.source === 'flatbed' ? 2 : req.source === 'adf' ? 1 : 5; // FLATBED / FEEDER / FEEDER|DUPLEX
  const max = req.source === 'flatbed' ? 1 : (req.maxPages ?? 10000);
  return [
    "$ErrorActionPreference = 'Stop'",
    `$deviceId = ${psString(req.deviceId)}; $outDir = ${psString(req.workDir)}`,
    '$dm = New-Object -ComObject WIA.DeviceManager',
    '$info = $dm.DeviceInfos | Where-Object { $_.Type -eq 1 -and $_.DeviceID -eq $deviceId } | Select-Object -First 1',
    'if ($null -eq $info) { Write-Output \'{"error":"0x80210015"}\'; exit 3 }',
    '$dev = $info.Connect()',
    'function SetProp($props, $id, $v) { foreach ($p in $props) { if ($p.PropertyID -eq $id) { $p.Value = $v } } }',
    `try { SetProp $dev.Properties 3088 ${handling} } catch { }`,
    '$item = $dev.Items.Item(1)',
    `SetProp $item.Properties 6146 ${intent}`,
    `SetProp $item.Properties 6147 ${req.dpi}; SetProp $item.Properties 6148 ${req.dpi}`,
    `SetProp $item.Properties 6151 ${Math.round((req.areaMm.w / 25.4) * req.dpi)}; SetProp $item.Properties 6152 ${Math.round((req.areaMm.h / 25.4) * req.dpi)}`,
    '$n = 0',
    `while ($n -lt ${max}) {`,
    `  try { $img = $item.Transfer('${WIA_JPEG}') } catch {`,
    "    $hr = '0x{0:x8}' -f $_.Exception.HResult",
    '    Write-Output (ConvertTo-Json -Compress @{ error = $hr; pages = $n }); exit 2',
    '  }',
    '  $n++',
    "  $file = Join-Path $outDir ('page-{0:d4}.jpg' -f $n)",
    '  $img.SaveFile($file)',
    '  Write-Output (ConvertTo-Json -Compress @{ page = $n; file = $file })',
    '}',
    'Write-Output \'{"done":true}\'',
  ].join('\n');
}

/** powershell.exe arguments; -EncodedCommand (UTF-16LE base64) avoids every quoting problem. */
export function buildWiaArgs(script: string): string[] {
  return [
    '-NoProfile',
    '-NonInteractive',
    '-ExecutionPolicy',
    'Bypass',
    '-EncodedCommand',
    Buffer.from(script, 'utf16le').toString('base64'),
  ];
}

export type WiaLine =
  | { kind: 'page'; index: number; file: string }
  | { kind: 'error'; code: ScanErrorCode; hresult: string }
  | { kind: 'done' }
  | { kind: 'noise'; text: string };

export function parseWiaLine(line: string): WiaLine {
  const t = line.trim();
  if (!t.startsWith('{')) return { kind: 'noise', text: t };
  try {
    const v = JSON.parse(t) as { page?: number; file?: string; error?: string; done?: boolean };
    if (typeof v.page === 'number' && typeof v.file === 'string') return { kind: 'page', index: v.page, file: v.file };
    if (typeof v.error === 'string') {
      const hr = v.error.toLowerCase();
      return { kind: 'error', hresult: hr, code: WIA_ERRORS[hr] ?? 'IO' };
    }
    if (v.done) return { kind: 'done' };
  } catch {
    // Not our JSON: PowerShell noise.
  }
  return { kind: 'noise', text: t };
}

export function createWiaSource(
  opts: { powershell?: string; idleTimeoutMs?: number; timeoutMs?: number; listTimeoutMs?: number } = {},
): ScannerSource {
  const ps = opts.powershell ?? 'powershell.exe';
  const idleMs = opts.idleTimeoutMs ?? 120_000;
  const listTimeoutMs = opts.listTimeoutMs ?? 30_000;
  return {
    kind: 'wia',
    listDevices(signal) {
      const script =
        "$dm = New-Object -ComObject WIA.DeviceManager; foreach ($d in $dm.DeviceInfos) { if ($d.Type -eq 1) { Write-Output (ConvertTo-Json -Compress @{ id = $d.DeviceID; name = $d.Properties.Item('Name').Value }) } }";
      // No WIA, or a driver hung on a dead device: no devices, within the bound.
      return runChild(ps, { args: buildWiaArgs(script), timeoutMs: listTimeoutMs, stderr: 'ignore', ...(signal ? { signal } : {}) }).then(
        (r) => {
          const devices = [];
          for (const l of r.stdout.split(/\r?\n/)) {
            try {
              const v = JSON.parse(l) as { id: string; name: string };
              devices.push({ id: v.id, label: v.name, kind: 'wia' as const });
            } catch {
              // skip noise
            }
          }
          return devices;
        },
        () => [],
      );
    },
    scan(req, signal) {
      fs.mkdirSync(req.workDir, { recursive: true });
      const q = eventQueue<ScanEvent>();
      let pages = 0;
      let failure: ScanError | null = null;
      const onStdout = byLine((text) => {
        const line = parseWiaLine(text);
        if (line.kind === 'page' && fs.existsSync(line.file)) {
          pages += 1;
          q.push({ type: 'page', page: { index: pages, file: path.resolve(line.file), mime: 'image/jpeg', dpi: req.dpi } });
        } else if (line.kind === 'error') {
          failure = new ScanError(line.code, { pagesDelivered: pages, raw: line.hresult });
        }
      });
      runChild(ps, {
        args: buildWiaArgs(buildWiaScript(req)),
        // The script prints one line per finished page: silence longer than any sheet = hung.
        idleMs,
        timeoutMs: opts.timeoutMs ?? 2 * 60 * 60 * 1000,
        stdout: { maxChars: 8192, overflow: 'keep-tail' },
        stderr: { maxChars: 8192, overflow: 'keep-tail' },
        onStdout,
        signal,
      }).then(
        () => {
          const f = failure as ScanError | null;
          if (f && f.code === 'FEEDER_EMPTY' && pages > 0) {
            q.push({ type: 'end', reason: 'feeder-empty' });
            return q.end();
          }
          if (f) return q.end(f);
          q.push({ type: 'end', reason: 'completed' });
          q.end();
        },
        (err: unknown) => q.end(scanErrorFromRun(err, { pages, idleMs, notInstalled: 'không chạy được PowerShell/WIA' })),
      );
      return q.drain();
    },
  };
}
