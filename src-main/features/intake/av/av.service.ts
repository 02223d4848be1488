/**
 * Antivirus policy around the VirusScanner port. Every file that enters intake passes `check`:
 * - infected: refused (AppError kind Infected, with the virus name), moved to the quarantine
 *   folder with a reason file, audited;
 * - no verdict (engine missing, down, file over the engine's size limit): the agency setting
 *   decides — 'block' refuses the file, 'warn' lets it in with a warning the clerk sees.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { IntakeSettings } from '../../../../src-shared/contracts/intake.contract';
import { toVnIso } from '../../../../src-shared/domain';
import { appError } from '../../../../src-shared/rpc/errors';
import type { Clock } from '../../../core/clock';
import type { Logger } from '../../../core/logger';
import type { Sqlite } from '../../../db/open';
import type { AuditService } from '../../audit/audit.service';
import { createClamdClient } from './clamd-client';
import { createDefenderScanner } from './defender';
import { noScanner, type VirusScanner } from './virus-scanner';

export interface AvCheck {
  verdict: 'clean' | 'infected' | 'unavailable';
  engine: string;
  signature: string | null;
  quarantinedAs: string | null;
  warning: string | null;
}

/** Picks the engine from settings: clamd (socket or TCP) on Linux/macOS, Defender on Windows. */
export function scannerFromSettings(
  s: IntakeSettings['antivirus'],
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): VirusScanner {
  const clamd = () => {
    const socket = s.clamdSocket ?? env.VANTHU_CLAMD_SOCKET ?? null;
    const host = s.clamdHost ?? env.VANTHU_CLAMD_HOST ?? null;
    const port = s.clamdPort ?? (env.VANTHU_CLAMD_PORT ? Number(env.VANTHU_CLAMD_PORT) : null);
    const maxBytes = s.clamdMaxMb * 1024 * 1024;
    if (socket) return createClamdClient({ socket, maxBytes });
    if (host || port) return createClamdClient({ host: host ?? '127.0.0.1', port: port ?? 3310, maxBytes });
    for (const s0 of ['/run/clamav/clamd.ctl', '/var/run/clamav/clamd.ctl', '/var/run/clamd.scan/clamd.sock'])
      if (fs.existsSync(s0)) return createClamdClient({ socket: s0, maxBytes });
    return createClamdClient({ host: '127.0.0.1', port: 3310, maxBytes });
  };
  switch (s.engine) {
    case 'none':
      return noScanner;
    case 'clamd':
      return clamd();
    case 'defender':
      return createDefenderScanner();
    default:
      return platform === 'win32' ? createDefenderScanner() : clamd();
  }
}

export function createAvService(deps: {
  scanner: () => VirusScanner;
  policy: () => 'block' | 'warn';
  quarantineDir: string;
  sqlite: Sqlite;
  audit: AuditService;
  clock: Clock;
  logger: Logger;
}) {
  function quarantine(file: string, name: string, signature: string, engine: string): string {
    fs.mkdirSync(deps.quarantineDir, { recursive: true });
    const stamp = toVnIso(deps.clock.now()).replace(/[:+]/g, '').slice(0, 15);
    const target = path.join(
      deps.quarantineDir,
      `${stamp}-${randomBytes(3).toString('hex')}-${name.replace(/[^\p{L}\p{N}._-]/gu, '_')}.quarantined`,
    );
    try {
      fs.renameSync(file, target);
    } catch {
      // Another volume (USB stick): copy, then remove the original; a read-only original stays.
      fs.copyFileSync(file, target);
      try {
        fs.rmSync(file);
      } catch {
        deps.logger.warn('infected original could not be removed', { file });
      }
    }
    fs.chmodSync(target, 0o400);
    fs.writeFileSync(
      `${target}.reason.txt`,
      `Tệp: ${file}\nVirus: ${signature}\nPhát hiện bởi: ${engine}\nThời điểm: ${toVnIso(deps.clock.now())}\n`,
    );
    return target;
  }

  return {
    async health() {
      const s = deps.scanner();
      const h = await s.health();
      return { engine: s.id, available: h.ok, version: h.version, policy: deps.policy(), warning: h.ok ? null : h.detail };
    },

    /** Scans `file`; see the module comment for what each verdict does. Throws on infected or on block. */
    async check(file: string, opts: { actor: string; name?: string; signal?: AbortSignal }): Promise<AvCheck> {
      const s = deps.scanner();
      const name = opts.name ?? path.basename(file);
      const r = await s.scanFile(file, opts.signal);
      if (r.verdict === 'clean') return { verdict: 'clean', engine: s.id, signature: null, quarantinedAs: null, warning: null };
      if (r.verdict === 'infected') {
        const signature = r.signature ?? 'không rõ tên';
        const where = quarantine(file, name, signature, s.id);
        deps.sqlite
          .transaction(() =>
            deps.audit.append({
              actor: opts.actor,
              action: 'intake.infected',
              entityType: 'file',
              entityId: name,
              data: { name, signature, engine: s.id, quarantinedAs: where },
            }),
          )
          .immediate();
        deps.logger.warn('infected file refused', { name, signature, engine: s.id });
        throw appError(
          'intake.infected',
          { name, signature },
          {
            file: name,
            signature,
            engine: s.id,
            quarantinedAs: where,
          },
        );
      }
      const why = /^size |size limit/i.test(r.raw)
        ? 'tệp lớn hơn giới hạn quét của phần mềm diệt virus'
        : s.id === 'none'
          ? 'chưa cấu hình phần mềm diệt virus'
          : `phần mềm diệt virus (${s.id}) không trả lời được: ${r.raw}`;
      if (deps.policy() === 'block') {
        const details = { file: name, engine: s.id, reason: r.raw };
        throw /^size |size limit/i.test(r.raw)
          ? appError('intake.avTooBig', { name }, details)
          : s.id === 'none'
            ? appError('intake.avNone', { name }, details)
            : appError('intake.avNoAnswer', { name, engine: s.id, error: r.raw }, details);
      }
      deps.logger.warn('file taken without virus scan', { name, engine: s.id, reason: r.raw });
      return {
        verdict: 'unavailable',
        engine: s.id,
        signature: null,
        quarantinedAs: null,
        warning: `Tệp "${name}" chưa được kiểm tra virus (${why}).`,
      };
    },
  };
}

export type AvService = ReturnType<typeof createAvService>;
