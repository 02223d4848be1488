/**
 * Intake facade: scanning into batches, file import, hot folder, PDF assembly with optional OCR
 * text layer, OCR and field extraction, antivirus, the ĐẾN stamp. Long work reports progress as
 * events and can be cancelled per batch. The PDF goes into the files feature's store through its
 * service (which checks it and keeps its text layer for the register's search).
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { AgencyProfile } from '../../../src-shared/contracts/agency.contract';
import type { IntakeBatch, IntakePage, IntakeSettings } from '../../../src-shared/contracts/intake.contract';
import type { StoredFile } from '../../../src-shared/contracts/files.contract';
import { toVnIso } from '../../../src-shared/domain';
import { appError } from '../../../src-shared/rpc/errors';
import type { Clock } from '../../core/clock';
import type { Logger } from '../../core/logger';
import type { Sqlite } from '../../db/open';
import type { EventBus } from '../../rpc/events';
import type { AuditService } from '../audit/audit.service';
import type { FileStore } from '../files/file-store';
import type { FilesService } from '../files/files.service';
import type { AvService } from './av/av.service';
import { writeFileAtomic, type BatchStore } from './batch/batch-store';
import type { BatchService } from './batch/batch.service';
import type { FileImporter } from './batch/file-import';
import { createHotFolder } from './batch/hot-folder';
import { extractFields } from './extract/fields';
import type { OcrService } from './ocr/ocr.service';
import { OcrCancelled } from './ocr/ocr-engine';
import { DEFAULT_QUALITY, modeWarnings } from './pdf/assemble';
import type { PdfRaster } from './pdf/pdf-raster';
import type { AssembleJobPage } from './worker/intake-tasks';
import type { IntakeRunner } from './worker/intake-runner';
import { insertPages } from './pdf/page-ops';
import { listableSources, resolveSource, type ScannerConfig } from './scanner/source-registry';
import { isScanError, ScanError, type ScanErrorCode, type ScanRequest } from './scanner/scanner-source';
import { findStampFonts, stampArrival } from './stamp/den-stamp';
import { createProgress } from './progress';

export interface IntakeDeps {
  store: BatchStore;
  batches: BatchService;
  importer: FileImporter;
  av: AvService;
  ocr: OcrService;
  files: FilesService;
  fileStore: FileStore;
  sqlite: Sqlite;
  audit: AuditService;
  agency: () => AgencyProfile | null;
  settings: { get(): IntakeSettings; save(v: IntakeSettings, at: string): void };
  busy: Map<string, AbortController>;
  tasks: IntakeRunner;
  /** pdf.js page images (the app: in the long-work worker). */
  raster: PdfRaster;
  scanners: ScannerConfig;
  resourcesDir: string | null;
  clock: Clock;
  logger: Logger;
  events: EventBus;
}

const A4 = { w: 210, h: 297 };

export function createIntakeService(d: IntakeDeps) {
  // Throttling is about screen updates, not business time: the monotonic clock, not the Clock port.
  const progress = createProgress(d.events, () => performance.now());
  const now = () => toVnIso(d.clock.now());

  function claim(batchId: string): AbortController {
    if (d.busy.has(batchId)) throw appError('intake.batchBusy', undefined, { batchId });
    const c = new AbortController();
    d.busy.set(batchId, c);
    return c;
  }

  const changed = (b: IntakeBatch) => d.events.emit('intake.batchChanged', { batchId: b.id, status: b.status, pages: b.pages.length });

  async function scan(input: {
    source: string;
    dpi: number;
    mode: 'color' | 'gray' | 'bw';
    feeder: 'flatbed' | 'adf' | 'adf-duplex';
    pages?: number | undefined;
    areaMm?: { w: number; h: number } | undefined;
    batchId?: string | undefined;
    insertBefore?: string | undefined;
    replacePage?: string | undefined;
  }) {
    const { adapter, deviceId } = resolveSource(input.source, d.scanners, d.settings.get().esclDevices);
    let b = input.batchId ? d.batches.get(input.batchId) : d.batches.create();
    if (b.status === 'interrupted') b = d.batches.resume(b.id);
    d.batches.assertEditable(b);
    const controller = claim(b.id);
    const workDir = path.join(d.store.workDir(b.id), `run-${Date.now()}`);
    const req: ScanRequest = {
      deviceId,
      source: input.feeder,
      colorMode: input.mode,
      dpi: input.dpi,
      areaMm: input.areaMm ?? A4,
      workDir,
      ...(input.pages ? { maxPages: input.pages } : {}),
    };
    b.status = 'scanning';
    b.owner = { pid: process.pid, since: now() };
    b.lastError = null;
    d.batches.save(b);
    changed(b);
    let added = 0;
    let end: 'completed' | 'feeder-empty' | 'cancelled' | 'error' = 'completed';
    let error: { code: ScanErrorCode; message: string } | null = null;
    let anchor: { before?: string; replace?: string } = input.replacePage
      ? { replace: input.replacePage }
      : input.insertBefore
        ? { before: input.insertBefore }
        : {};
    try {
      for await (const ev of adapter.scan(req, controller.signal)) {
        if (ev.type === 'progress') progress.emit(b.id, 'scan', added, input.pages ?? null, ev.percent);
        else if (ev.type === 'end') end = ev.reason;
        else {
          const page = await d.batches.storeImagePage(ev.page.file, {
            name: `trang ${added + 1}`,
            dpiHint: ev.page.dpi ?? input.dpi,
            colorMode: input.mode,
            origin: `scan:${input.source}`,
          });
          b.pages = insertPages(b.pages, [page], anchor);
          // Later pages of this run follow the one just placed.
          const next = b.pages[b.pages.indexOf(page) + 1];
          anchor = next ? { before: next.id } : {};
          d.batches.save(b);
          fs.rmSync(ev.page.file, { force: true });
          added += 1;
          d.events.emit('intake.pageScanned', { batchId: b.id, pageId: page.id, index: b.pages.indexOf(page), thumb: page.thumb });
          progress.emit(b.id, 'scan', added, input.pages ?? null, 100, true);
        }
      }
    } catch (err) {
      const se = isScanError(err) ? err : new ScanError('IO', { pagesDelivered: added, detail: (err as Error).message });
      end = se.code === 'CANCELLED' ? 'cancelled' : 'error';
      error = { code: se.code, message: se.message };
      d.logger.warn('scan ended with error', { batchId: b.id, code: se.code, added, raw: se.raw });
    } finally {
      d.busy.delete(b.id);
      d.store.removeWorkDir(b.id);
      b.status = 'open';
      b.owner = null;
      b.lastError = error;
      if (input.mode !== 'color' || input.dpi < 200)
        b.warnings = [...new Set([...b.warnings, ...modeWarnings(input.mode, added > 0 ? b.pages.slice(-added) : [])])];
      d.batches.save(b);
      changed(b);
    }
    return { batch: b, added, end, error };
  }

  async function importFiles(paths: string[], actor: string, batchId?: string, insertBefore?: string, replacePage?: string) {
    const warnings: string[] = [];
    const pages: IntakePage[] = [];
    for (const [i, p] of paths.entries()) {
      const file = path.resolve(p);
      const checked = await d.av.check(file, { actor });
      if (checked.warning) warnings.push(checked.warning);
      // Within a file, progress per page read (a long PDF takes a while to draw).
      const onPage = (done: number, total: number) =>
        progress.emit(batchId ?? null, 'import', i, paths.length, Math.round((100 * (i + done / total)) / paths.length));
      pages.push(...(await d.importer.pagesOf(file, onPage)));
      progress.emit(batchId ?? null, 'import', i + 1, paths.length, null, true);
    }
    const b = batchId ? d.batches.get(batchId) : d.batches.create();
    d.batches.assertEditable(b);
    b.pages = insertPages(b.pages, pages, { before: insertBefore, replace: replacePage });
    b.warnings = [...b.warnings, ...warnings];
    if (b.status === 'assembled' || b.status === 'interrupted') b.status = 'open';
    d.batches.save(b);
    changed(b);
    return { batch: b, added: pages.length, warnings };
  }

  /**
   * One file sent as bytes (drag and drop in the renderer): written under the work folder with its
   * own name (the name shows in the page's origin and in refusals), then the same path as a file.
   */
  async function importBytes(
    input: {
      fileName: string;
      dataBase64: string;
      batchId?: string | undefined;
      insertBefore?: string | undefined;
      replacePage?: string | undefined;
    },
    actor: string,
  ) {
    const bytes = Buffer.from(input.dataBase64, 'base64');
    const name =
      path
        .basename(input.fileName.replace(/\\/g, '/'))
        .replace(/[\u0000-\u001f<>:"|?*]/g, '_')
        .slice(0, 200) || 'tep';
    const dir = fs.mkdtempSync(path.join(d.store.layout.work, 'drop-'));
    try {
      const file = path.join(dir, name === '.' || name === '..' ? 'tep' : name);
      fs.writeFileSync(file, bytes);
      return await importFiles([file], actor, input.batchId, input.insertBefore, input.replacePage);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  /** The upright image of a page for OCR (rotation baked). */
  async function uprightImage(p: IntakePage): Promise<Buffer> {
    const src = d.store.pages.read(p.source);
    return p.rotation === 0 ? src : sharp(src).rotate(p.rotation).jpeg({ quality: 90 }).toBuffer();
  }

  async function assemble(
    input: {
      batchId: string;
      mode?: 'color' | 'gray' | 'bw' | undefined;
      quality?: number | undefined;
      ocr: boolean;
      title?: string | undefined;
      out?: string | undefined;
    },
    actor: string,
  ) {
    const b = d.batches.get(input.batchId);
    d.batches.assertEditable(b);
    if (b.pages.length === 0) throw appError('intake.batchEmpty', undefined, { batchId: b.id });
    const controller = claim(b.id);
    const mode = input.mode ?? 'color';
    const warnings = modeWarnings(mode, b.pages);
    try {
      // Pages go to the worker by file path: neither thread holds every image at once.
      const pages: AssembleJobPage[] = b.pages.map((p) => ({
        kind: p.kind,
        file: d.store.pages.pathFor(p.source),
        pdfPage: p.pdfPage,
        widthPx: p.widthPx,
        heightPx: p.heightPx,
        dpi: p.dpi,
        rotation: p.rotation,
        colorMode: p.colorMode,
        origin: p.origin,
      }));
      let ocrResult = null;
      if (input.ocr) {
        const targets = b.pages.map((p, i) => ({ p, i })).filter(({ p }) => p.kind === 'image' || p.rotation === 0);
        const r = await d.ocr.ocrImages(
          targets.map(({ p }) => ({
            image: () => (p.kind === 'image' ? uprightImage(p) : renderPdfPage(p)),
            dpi: p.kind === 'image' ? p.dpi : 200,
          })),
          { textLayer: true, signal: controller.signal, onPage: (done, total) => progress.emit(b.id, 'ocr', done, total, null) },
        );
        const texts: string[] = b.pages.map(() => '');
        r.pages.forEach((o, k) => {
          const { p, i } = targets[k]!;
          texts[i] = o.text;
          const page = pages[i]!;
          page.textLayer = o.textPdf;
          const img = o.correctedImage;
          if (p.kind === 'image' && img) {
            // The text layer matches the straightened, upright image: that image becomes the page.
            delete page.file;
            page.data = new Uint8Array(img);
            if (p.rotation % 180 !== 0) [page.widthPx, page.heightPx] = [p.heightPx, p.widthPx];
            page.rotation = 0;
          }
        });
        const page1 = r.pages[0];
        const ex = extractFields(texts[0] ?? '', { all: texts.join('\n'), ...(page1 ? { ocrConfidence: page1.meanConfidence } : {}) });
        ocrResult = {
          ...ex,
          text: texts.join('\f'),
          engine: r.engine,
          pages: r.pages.map((o, k) => ({
            page: targets[k]!.i + 1,
            chars: o.text.length,
            meanConfidence: Math.round(o.meanConfidence),
            angle: o.angle,
            ms: o.ms,
          })),
        };
      }
      const title = input.title ?? b.title ?? undefined;
      const bytes = Buffer.from(
        await d.tasks.run(
          'assemble',
          { pages, mode, quality: input.quality ?? DEFAULT_QUALITY, createdAtMs: d.clock.now().getTime(), ...(title ? { title } : {}) },
          {
            signal: controller.signal,
            onProgress: (done, total) => progress.emit(b.id, 'assemble', done, total, null),
          },
        ),
      );
      const file: StoredFile = await d.files.importBytes(bytes, `${input.title ?? b.title ?? `scan-${b.id.slice(0, 8)}`}.pdf`, actor);
      if (input.out) writeFileAtomic(path.resolve(input.out), bytes);
      b.status = 'assembled';
      b.output = file.sha256;
      d.batches.save(b);
      changed(b);
      return { file, pages: b.pages.length, warnings, ocr: ocrResult };
    } catch (err) {
      if (err instanceof OcrCancelled || controller.signal.aborted)
        throw appError('intake.assembleCancelled', undefined, { batchId: b.id, cancelled: true });
      throw err;
    } finally {
      d.busy.delete(b.id);
    }
  }

  async function renderPdfPage(p: IntakePage): Promise<Buffer> {
    return Buffer.from(await d.raster.render(d.store.pages.read(p.source), p.pdfPage ?? 0, 200));
  }

  const hot = createHotFolder({
    now: () => d.clock.now().getTime(),
    stamp: now,
    take: async (file, name) => {
      const r = await importFiles([file], 'hotfolder');
      r.batch.title = name;
      d.batches.save(r.batch);
      return { batchId: r.batch.id, pages: r.added };
    },
  });

  return {
    scan,
    importFiles,
    importBytes,
    assemble,
    cancel(batchId: string): boolean {
      const c = d.busy.get(batchId);
      c?.abort();
      return c !== undefined;
    },
    async listDevices() {
      const warnings: string[] = [];
      const devices = [];
      for (const s of listableSources(d.scanners, d.settings.get().esclDevices)) {
        try {
          devices.push(
            ...(await s.listDevices(AbortSignal.timeout(15_000))).map((x) => ({
              ...x,
              id: `${s.kind === 'naps2' ? 'naps2' : s.kind}:${x.id}`,
            })),
          );
        } catch (err) {
          warnings.push(err instanceof Error ? err.message : String(err));
        }
      }
      return { devices, warnings };
    },
    async stampArrival(
      input: { sha256: string; ArrivalNumber: number; ArrivalDate: string; Chuyen?: string | undefined; FileNotation?: string | undefined },
      actor: string,
    ) {
      const agency = d.agency();
      if (!agency) throw appError('intake.stampNoAgency', undefined, { field: 'agency' });
      if (!d.fileStore.has(input.sha256)) throw appError('intake.fileNotInStore', { sha: input.sha256 }, { sha256: input.sha256 });
      const original = d.fileStore.read(input.sha256);
      const bytes = await stampArrival(
        original,
        {
          agencyName: agency.name,
          arrivalNumber: input.ArrivalNumber,
          arrivalDate: input.ArrivalDate,
          chuyen: input.Chuyen,
          fileNotation: input.FileNotation,
        },
        findStampFonts(d.resourcesDir),
        d.raster,
      );
      const file = await d.files.importBytes(bytes, `den-${input.ArrivalNumber}.pdf`, actor);
      d.sqlite
        .transaction(() =>
          d.audit.append({
            actor,
            action: 'intake.arrivalStamped',
            entityType: 'file',
            entityId: file.sha256,
            data: { original: input.sha256, ArrivalNumber: input.ArrivalNumber, ArrivalDate: input.ArrivalDate },
          }),
        )
        .immediate();
      return { original: input.sha256, file };
    },
    hotFolderPoll(folder: string | undefined, stableMs: number | undefined) {
      const f = folder ?? d.settings.get().hotFolder;
      if (!f) throw appError('intake.noHotFolder', undefined, { field: 'folder' });
      return hot.poll(path.resolve(f), stableMs ?? 2000);
    },
    /** Where a page image or thumbnail id lives (for app://files and GET /files in the page editor). */
    locatePageFile(sha256: string): { path: string; mediaType: string } | null {
      return /^[0-9a-f]{64}$/.test(sha256) && d.store.pages.has(sha256)
        ? { path: d.store.pages.pathFor(sha256), mediaType: 'image/jpeg' }
        : null;
    },
  };
}

export type IntakeService = ReturnType<typeof createIntakeService>;
