import type { IntakeSettings } from '../../../src-shared/contracts/intake.contract';
import { toVnIso } from '../../../src-shared/domain';
import type { Clock } from '../../core/clock';
import type { Sqlite } from '../../db/open';
import type { PartialHandlers } from '../../rpc/router';
import { actorOf } from '../audit/actor';
import type { AuditService } from '../audit/audit.service';
import type { FileStore } from '../files/file-store';
import type { AvService } from './av/av.service';
import type { BatchService } from './batch/batch.service';
import type { BatchStore } from './batch/batch-store';
import { extractFields } from './extract/fields';
import type { IntakeService } from './intake.service';
import type { PdfInspector } from '../files/pdf-inspect';
import { ocrBatch, ocrPath, ocrPdfBytes, withFields } from './ocr/ocr-input';
import type { OcrService } from './ocr/ocr.service';
import { appError } from '../../../src-shared/rpc/errors';

export function intakeHandlers(d: {
  intake: IntakeService;
  batches: BatchService;
  store: BatchStore;
  av: AvService;
  ocr: OcrService;
  /** The PDF check (in the long-work worker when the app runs). */
  inspect: PdfInspector;
  fileStore: FileStore;
  settings: { get(): IntakeSettings; save(v: IntakeSettings, at: string): void };
  sqlite: Sqlite;
  audit: AuditService;
  clock: Clock;
}) {
  return {
    'intake.listDevices': () => d.intake.listDevices(),
    'intake.scan': (input) => d.intake.scan(input),
    'intake.cancel': (input) => ({ cancelled: d.intake.cancel(input.batchId) }),
    'intake.importFiles': (input, ctx) =>
      d.intake.importFiles(input.paths, actorOf(ctx), input.batchId, input.insertBefore, input.replacePage),
    'intake.listBatches': (input) => {
      const { batches, unreadable } = d.store.list();
      return {
        batches: input.status ? batches.filter((b) => b.status === input.status) : batches,
        interrupted: batches.filter((b) => b.status === 'interrupted').map((b) => b.id),
        unreadable,
      };
    },
    'intake.getBatch': (input) => d.batches.get(input.batchId),
    'intake.resumeBatch': (input) => d.batches.resume(input.batchId),
    'intake.discardBatch': (input) => d.batches.discard(input.batchId),
    'intake.editPages': (input) => d.batches.edit(input.batchId, input.edit),
    'intake.splitBatch': (input) => ({ batches: d.batches.split(input.batchId, input.startPages) }),
    'intake.assemble': (input, ctx) => d.intake.assemble(input, actorOf(ctx)),
    'intake.ocr': async (input) => {
      const given = [input.path, input.sha256, input.batchId].filter((x) => x !== undefined).length;
      if (given !== 1) throw appError('intake.ocrOneSource', undefined, { field: 'path' });
      if (input.path) return withFields(await ocrPath(d.ocr, d.inspect, input.path));
      if (input.sha256) {
        if (!d.fileStore.has(input.sha256)) throw appError('intake.fileNotInStore', { sha: input.sha256 }, { sha256: input.sha256 });
        return withFields(await ocrPdfBytes(d.ocr, d.inspect, d.fileStore.read(input.sha256)));
      }
      return withFields(await ocrBatch(d.ocr, d.batches.get(input.batchId!), (sha) => d.store.pages.read(sha)));
    },
    'intake.extractFields': (input) => extractFields(input.text),
    'intake.avScan': (input, ctx) => d.av.check(input.path, { actor: actorOf(ctx) }),
    'intake.avStatus': () => d.av.health(),
    'intake.stampArrival': (input, ctx) => d.intake.stampArrival(input, actorOf(ctx)),
    'intake.hotFolderPoll': (input) => d.intake.hotFolderPoll(input.folder, input.stableMs),
    'intake.createBatch': (input) => d.batches.create(input.title ?? null),
    'intake.importBytes': (input, ctx) => d.intake.importBytes(input, actorOf(ctx)),
    'intake.getSettings': () => d.settings.get(),
    'intake.saveSettings': (input, ctx) => {
      const at = toVnIso(d.clock.now());
      d.sqlite
        .transaction(() => {
          d.settings.save(input, at);
          d.audit.append({
            actor: actorOf(ctx),
            action: 'intake.settingsSaved',
            entityType: 'settings',
            entityId: 'intake.settings',
            data: input as unknown as Record<string, unknown>,
          });
        })
        .immediate();
      return d.settings.get();
    },
  } satisfies PartialHandlers;
}
