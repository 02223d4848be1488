/**
 * Batch lifecycle and page storage. A page is stored (master JPEG + thumbnail, content-addressed,
 * fsynced) and then the manifest is rewritten, page by page, so a crash loses at most the page in
 * flight. Edits are pure list operations (page-ops) saved atomically.
 */
import { randomUUID } from 'node:crypto';
import type { IntakeBatch, IntakePage } from '../../../../src-shared/contracts/intake.contract';
import { toVnIso } from '../../../../src-shared/domain';
import { appError } from '../../../../src-shared/rpc/errors';
import type { Clock } from '../../../core/clock';
import { toMasterJpeg, thumbnail } from '../pdf/page-image';
import { deletePages, movePages, reorderPages, rotatePages, splitPages } from '../pdf/page-ops';
import type { ColorMode } from '../scanner/scanner-source';
import type { BatchStore } from './batch-store';

export type PageEdit =
  | { op: 'reorder'; order: string[] }
  | { op: 'rotate'; pageIds: string[]; degrees: 90 | 180 | 270 }
  | { op: 'delete'; pageIds: string[] }
  | { op: 'move'; pageIds: string[]; before: string | null };

/** The page list after one edit (page-ops: pure, refuses unknown page ids). */
function applyEdit(pages: readonly IntakePage[], e: PageEdit): IntakePage[] {
  switch (e.op) {
    case 'reorder':
      return reorderPages(pages, e.order);
    case 'rotate':
      return rotatePages(pages, e.pageIds, e.degrees);
    case 'delete':
      return deletePages(pages, e.pageIds);
    case 'move':
      return movePages(pages, e.pageIds, e.before);
  }
}

export function createBatchService(deps: { store: BatchStore; clock: Clock; busy: ReadonlySet<string> }) {
  const now = () => toVnIso(deps.clock.now());

  function assertEditable(b: IntakeBatch): void {
    if (deps.busy.has(b.id)) throw appError('intake.batchBusyEdit', undefined, { batchId: b.id });
    if (b.status === 'discarded') throw appError('intake.batchDiscarded', undefined, { batchId: b.id });
  }

  function save(b: IntakeBatch): IntakeBatch {
    b.updatedAt = now();
    deps.store.write(b);
    return b;
  }

  return {
    create(title: string | null = null): IntakeBatch {
      const t = now();
      const b: IntakeBatch = {
        id: randomUUID(),
        status: 'open',
        title,
        createdAt: t,
        updatedAt: t,
        owner: null,
        pages: [],
        warnings: [],
        lastError: null,
        output: null,
      };
      deps.store.write(b);
      return b;
    },
    get: (id: string) => deps.store.read(id),
    save,
    assertEditable,

    /** Stores one page image durably and returns its page record (not yet in any manifest). */
    async storeImagePage(
      input: string | Buffer,
      o: { name: string; dpiHint?: number; page?: number; colorMode: ColorMode; origin: string },
    ): Promise<IntakePage> {
      const master = await toMasterJpeg(input, {
        name: o.name,
        ...(o.dpiHint ? { dpiHint: o.dpiHint } : {}),
        ...(o.page !== undefined ? { page: o.page } : {}),
        gray: o.colorMode !== 'color',
      });
      const image = deps.store.pages.put(master.jpeg).sha256;
      const thumb = deps.store.pages.put(await thumbnail(master.jpeg)).sha256;
      return {
        id: randomUUID().slice(0, 8),
        kind: 'image',
        source: image,
        pdfPage: null,
        thumb,
        widthPx: master.widthPx,
        heightPx: master.heightPx,
        dpi: master.dpi,
        rotation: 0,
        colorMode: o.colorMode === 'color' && master.gray ? 'gray' : o.colorMode,
        origin: o.origin,
        addedAt: now(),
      };
    },

    edit(id: string, e: PageEdit): IntakeBatch {
      const b = deps.store.read(id);
      assertEditable(b);
      b.pages = applyEdit(b.pages, e);
      if (b.status === 'assembled') b.status = 'open';
      return save(b);
    },

    /** The first part stays in this batch; every further part becomes a new batch. */
    split(id: string, starts: string[]): IntakeBatch[] {
      const b = deps.store.read(id);
      assertEditable(b);
      const parts = splitPages(b.pages, starts);
      const out: IntakeBatch[] = [];
      parts.forEach((pages, i) => {
        if (i === 0) return;
        const t = now();
        const nb: IntakeBatch = {
          id: randomUUID(),
          status: 'open',
          title: b.title ? `${b.title} (${i + 1})` : null,
          createdAt: t,
          updatedAt: t,
          owner: null,
          pages,
          warnings: [],
          lastError: null,
          output: null,
        };
        deps.store.write(nb);
        out.push(nb);
      });
      // New batches are durable before the pages leave the original one.
      b.pages = parts[0] ?? [];
      if (b.status === 'assembled') b.status = 'open';
      return [save(b), ...out];
    },

    resume(id: string): IntakeBatch {
      const b = deps.store.read(id);
      if (b.status !== 'interrupted' && !deps.store.isOrphanedScan(b, deps.busy)) {
        throw appError('intake.batchNotInterrupted', { status: b.status }, { batchId: id, status: b.status });
      }
      b.status = 'open';
      b.owner = null;
      b.warnings = [...b.warnings, `Đã tiếp tục lô quét bị gián đoạn với ${b.pages.length} trang đã quét.`];
      return save(b);
    },

    discard(id: string): IntakeBatch {
      const b = deps.store.read(id);
      if (deps.busy.has(id)) throw appError('intake.batchBusyCancel', undefined, { batchId: id });
      b.status = 'discarded';
      return save(b);
    },

    /** At start: 'scanning' batches left by a dead process become 'interrupted' (offered for resume). */
    markInterrupted(): string[] {
      const ids: string[] = [];
      for (const b of deps.store.list().batches) {
        if (deps.store.isOrphanedScan(b, deps.busy)) {
          b.status = 'interrupted';
          b.owner = null;
          b.warnings = [...b.warnings, `Lô quét bị gián đoạn (ứng dụng dừng khi đang quét); ${b.pages.length} trang đã quét vẫn còn.`];
          save(b);
          ids.push(b.id);
        }
      }
      return ids;
    },
  };
}

export type BatchService = ReturnType<typeof createBatchService>;
