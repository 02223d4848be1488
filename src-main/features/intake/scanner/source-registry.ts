/**
 * Source strings as the clerk (and the CLI) write them, resolved to an adapter and a device id:
 * `sane:test:0`, `escl:http://192.168.1.20:8080/eSCL`, `naps2:wia:Canon DR-C225`, `wia:<id>`.
 */
import { appError } from '../../../../src-shared/rpc/errors';
import { createEsclSource, type EsclOptions } from './escl-source';
import { createNaps2Source } from './naps2-source';
import { createSaneSource, type SaneOptions } from './sane-source';
import type { ScannerSource } from './scanner-source';
import { createWiaSource } from './wia-source';

export interface ScannerConfig {
  sane?: SaneOptions;
  escl?: EsclOptions;
  naps2Path?: string;
  /** Replace an adapter (tests: a fake that cannot otherwise run here). */
  override?: Partial<Record<'sane' | 'escl' | 'naps2' | 'wia', ScannerSource>>;
}

export function resolveSource(
  source: string,
  cfg: ScannerConfig,
  esclDevices: readonly string[] = [],
): { adapter: ScannerSource; deviceId: string } {
  const i = source.indexOf(':');
  const scheme = i > 0 ? source.slice(0, i) : '';
  const deviceId = source.slice(i + 1);
  if (!deviceId) throw appError('intake.sourceNoDevice', { source }, { field: 'source' });
  switch (scheme) {
    case 'sane':
      return { adapter: cfg.override?.sane ?? createSaneSource(cfg.sane), deviceId };
    case 'escl':
      if (!/^https?:\/\//.test(deviceId)) throw appError('intake.esclAddress', { address: deviceId }, { field: 'source' });
      return { adapter: cfg.override?.escl ?? createEsclSource({ ...cfg.escl, devices: esclDevices }), deviceId };
    case 'naps2':
      return { adapter: cfg.override?.naps2 ?? createNaps2Source(cfg.naps2Path ? { binary: cfg.naps2Path } : {}), deviceId };
    case 'wia':
      return { adapter: cfg.override?.wia ?? createWiaSource(), deviceId };
    default:
      throw appError('intake.sourceInvalid', { source }, { field: 'source' });
  }
}

/** Adapters worth asking for devices on this platform. */
export function listableSources(cfg: ScannerConfig, esclDevices: readonly string[], platform = process.platform): ScannerSource[] {
  const out: ScannerSource[] = [];
  if (platform !== 'win32') out.push(cfg.override?.sane ?? createSaneSource(cfg.sane));
  if (esclDevices.length > 0) out.push(cfg.override?.escl ?? createEsclSource({ ...cfg.escl, devices: esclDevices }));
  if (platform === 'win32')
    out.push(
      cfg.override?.naps2 ?? createNaps2Source(cfg.naps2Path ? { binary: cfg.naps2Path } : {}),
      cfg.override?.wia ?? createWiaSource(),
    );
  return out;
}
