/**
 * Wires the intake feature for the composition root. Everything outside the process (scanners,
 * OCR engines, antivirus) can be replaced through IntakePorts; by default the real adapters are
 * used, configured from the agency's intake settings and, for tests and scripts, the environment
 * (SANE_CONFIG_DIR is read by scanimage itself; VANTHU_CLAMD_SOCKET / _HOST / _PORT; VANTHU_OCR_WORKERS).
 */
import type { AgencyProfile } from '../../../src-shared/contracts/agency.contract';
import type { Clock } from '../../core/clock';
import { shippedDir } from '../../core/shipped-paths';
import type { Logger } from '../../core/logger';
import type { Db, Sqlite } from '../../db/open';
import type { EventBus } from '../../rpc/events';
import type { AuditService } from '../audit/audit.service';
import type { FileStore } from '../files/file-store';
import type { FilesService } from '../files/files.service';
import { createAvService, scannerFromSettings } from './av/av.service';
import type { VirusScanner } from './av/virus-scanner';
import { createBatchService } from './batch/batch.service';
import { createBatchStore, intakeLayout } from './batch/batch-store';
import { createFileImporter } from './batch/file-import';
import { createSettingsStore } from '../settings/settings-store';
import { intakeHandlers } from './intake.handlers';
import { createIntakeService } from './intake.service';
import { createOcrService, type OcrConfig } from './ocr/ocr.service';
import type { ScannerConfig } from './scanner/source-registry';
import { createIntakeRunner } from './worker/intake-runner';
import { inThreadRaster, type PdfRaster } from './pdf/pdf-raster';

export interface IntakePorts {
  scanners?: ScannerConfig;
  ocr?: OcrConfig;
  virusScanner?: VirusScanner;
  resourcesDir?: string | null;
  /** Run assembly and deskew in the calling thread instead of a worker (tests of the fallback). */
  inlineTasks?: boolean;
}

export function createIntakeFeature(deps: {
  dataDir: string;
  sqlite: Sqlite;
  db: Db;
  files: FilesService;
  fileStore: FileStore;
  audit: AuditService;
  agency: () => AgencyProfile | null;
  clock: Clock;
  logger: Logger;
  events: EventBus;
  /** pdf.js page reading and drawing; create-app binds the long-work worker (default: this thread). */
  raster?: PdfRaster;
  ports?: IntakePorts;
}) {
  const logger = deps.logger;
  const settings = createSettingsStore(deps.db, logger).slot('intake.settings');
  const store = createBatchStore(intakeLayout(deps.dataDir));
  const busy = new Map<string, AbortController>();
  const busyIds: ReadonlySet<string> = { has: (id: string) => busy.has(id) } as ReadonlySet<string>;
  const batches = createBatchService({ store, clock: deps.clock, busy: busyIds });
  const raster = deps.raster ?? inThreadRaster;
  const importer = createFileImporter({ store, batches, clock: deps.clock, inspect: deps.files.inspect, raster });
  const av = createAvService({
    scanner: () => antivirus.scanner(),
    policy: () => antivirus.policy(),
    quarantineDir: store.layout.quarantine,
    sqlite: deps.sqlite,
    audit: deps.audit,
    clock: deps.clock,
    logger: logger.child('av'),
  });
  // Assembly and deskew run in a worker thread (the main process keeps serving the UI).
  const tasks = createIntakeRunner({ logger: logger.child('worker'), ...(deps.ports?.inlineTasks ? { inline: true } : {}) });
  const envWorkers = Number(process.env.VANTHU_OCR_WORKERS);
  const ocr = createOcrService({
    logger: logger.child('ocr'),
    config: { ...(Number.isInteger(envWorkers) && envWorkers > 0 ? { workers: envWorkers } : {}), ...deps.ports?.ocr },
    choice: () => (process.env.VANTHU_OCR_ENGINE as 'native' | 'wasm' | undefined) ?? settings.get().ocrEngine,
    straighten: async (image, minSkew) => {
      const r = await tasks.run('straighten', { image: new Uint8Array(image), minSkew });
      return { angle: r.angle, image: r.image ? Buffer.from(r.image.buffer, r.image.byteOffset, r.image.byteLength) : null };
    },
    raster,
  });
  const service = createIntakeService({
    store,
    batches,
    importer,
    av,
    ocr,
    settings,
    busy,
    tasks,
    raster,
    files: deps.files,
    fileStore: deps.fileStore,
    sqlite: deps.sqlite,
    audit: deps.audit,
    agency: deps.agency,
    scanners: deps.ports?.scanners ?? {},
    resourcesDir: deps.ports?.resourcesDir ?? shippedResources(),
    clock: deps.clock,
    logger,
    events: deps.events,
  });
  // A batch left 'scanning' by a process that died is offered for resume from now on.
  const interrupted = batches.markInterrupted();
  if (interrupted.length > 0) logger.warn('interrupted scan batches found', { batches: interrupted });
  const handlers = intakeHandlers({
    intake: service,
    batches,
    store,
    av,
    ocr,
    inspect: deps.files.inspect,
    fileStore: deps.fileStore,
    settings,
    sqlite: deps.sqlite,
    audit: deps.audit,
    clock: deps.clock,
  });
  /** The engine and block/warn setting intake uses, for the scans outside intake (safety/release-scan). */
  const antivirus = {
    scanner: () => deps.ports?.virusScanner ?? scannerFromSettings(settings.get().antivirus),
    policy: () => settings.get().antivirus.whenUnavailable,
  };
  return { service, handlers, interrupted, antivirus, av, locatePageFile: service.locatePageFile, close: () => tasks.close() };
}

function shippedResources(): string | null {
  try {
    return shippedDir('resources');
  } catch {
    return null;
  }
}
