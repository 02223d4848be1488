import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntakeBatch } from '../../../src-shared/contracts/intake.contract';
import type { InputOf, OutputOf } from '../../../src-shared/rpc/define';
import type { intakeAssemble, intakeEditPages, intakeScan } from '../../../src-shared/contracts/intake.contract';
import { BridgeError } from '../../bridge/client';
import { useClient } from '../../bridge/context';
import { fileToBase64 } from '../../components/file-to-base64';
import { scanEndNotice, type Notice } from './scan-notice';

/** Same bound as intake.importBytes; larger scans come in through the shared scan folder. */
const MAX_DROP_BYTES = 25 * 1024 * 1024;

export type Stage = 'scan' | 'import' | 'ocr' | 'assemble' | 'avscan';
export interface Progress {
  stage: Stage;
  done: number;
  total: number | null;
  percent: number | null;
}
export type Busy = 'scan' | 'import' | 'assemble' | 'edit' | null;
export type ScanSettings = Omit<InputOf<typeof intakeScan>, 'batchId' | 'insertBefore' | 'replacePage'>;
/** Where new pages go: before a page, in place of a page, or (neither) at the end. */
export interface Anchor {
  insertBefore?: string;
  replacePage?: string;
}
export type PageEdit = InputOf<typeof intakeEditPages>['edit'];
export type Assembled = OutputOf<typeof intakeAssemble>;

/**
 * The batch on screen and every intake action on it. Pages arrive live: each intake.pageScanned
 * for this batch re-reads the manifest (the page is on disk before the event), so thumbnails show
 * while the scanner is still feeding. Errors become a notice the workspace shows; nothing throws.
 */
export function useIntakeBatch() {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const [batch, setBatch] = useState<IntakeBatch | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [scanned, setScanned] = useState(0);
  const [notice, setNotice] = useState<Notice | null>(null);
  const current = useRef<string | null>(null);
  const seq = useRef(0);
  current.current = batch?.id ?? null;

  const show = useCallback((b: IntakeBatch | null) => {
    seq.current += 1;
    current.current = b?.id ?? null;
    setBatch(b);
  }, []);

  const refresh = useCallback(async () => {
    const id = current.current;
    if (!id) return;
    const mine = ++seq.current;
    try {
      const b = await client.call('intake.getBatch', { batchId: id });
      if (mine === seq.current && current.current === id) setBatch(b);
    } catch {
      // A failed re-read leaves the last good view; the next event or action reads again.
    }
  }, [client]);

  useEffect(
    () =>
      client.subscribe(
        (name, payload) => {
          const p = payload as { batchId: string | null };
          if (name === 'intake.batchChanged') void queryClient.invalidateQueries({ queryKey: ['intake.batches'] });
          if (p.batchId !== current.current) return;
          if (name === 'intake.progress') setProgress(payload as Progress);
          else if (name === 'intake.pageScanned') {
            setScanned((n) => n + 1);
            void refresh();
          }
        },
        () => undefined,
      ),
    [client, queryClient, refresh],
  );

  const fail = useCallback((err: unknown) => {
    const text = err instanceof Error ? err.message : String(err);
    const cancelled = err instanceof BridgeError && err.data.details?.cancelled === true;
    setNotice({ type: cancelled ? 'warning' : 'error', text });
  }, []);

  async function run<T>(kind: Exclude<Busy, null>, fn: () => Promise<T>): Promise<T | null> {
    setBusy(kind);
    setProgress(null);
    try {
      return await fn();
    } catch (err) {
      fail(err);
      return null;
    } finally {
      setBusy(null);
      setProgress(null);
      void queryClient.invalidateQueries({ queryKey: ['intake.batches'] });
    }
  }

  async function ensureBatch(): Promise<IntakeBatch> {
    if (batch && batch.status !== 'discarded') return batch;
    const b = await client.call('intake.createBatch', {});
    show(b);
    return b;
  }

  return {
    batch,
    busy,
    progress,
    scanned,
    notice,
    setNotice,
    open: (id: string) => run('edit', async () => show(await client.call('intake.getBatch', { batchId: id }))),
    reset: () => show(null),
    scan: (s: ScanSettings, anchor: Anchor = {}) =>
      run('scan', async () => {
        setNotice(null);
        setScanned(0);
        const b = await ensureBatch();
        const r = await client.call('intake.scan', { ...s, batchId: b.id, ...anchor });
        show(r.batch);
        setNotice(scanEndNotice(t, r));
      }),
    importFiles: (files: File[], anchor: Anchor = {}) =>
      run('import', async () => {
        setNotice(null);
        let b = batch && batch.status !== 'discarded' ? batch : null;
        let place = anchor;
        let added = 0;
        for (const f of files) {
          // Refused before reading: the bytes would cross the bridge only to be turned away.
          if (f.size > MAX_DROP_BYTES) throw new Error(t('intake.source.tooLarge', { name: f.name, max: MAX_DROP_BYTES / 1024 / 1024 }));
          setNotice({ type: 'info', text: t('intake.source.importing', { name: f.name }) });
          const r = await client.call('intake.importBytes', {
            fileName: f.name,
            dataBase64: await fileToBase64(f),
            ...(b ? { batchId: b.id } : {}),
            ...place,
          });
          b = r.batch;
          show(b);
          added += r.added;
          // A replaced page is gone: further files of the same drop go right after the new ones.
          if (place.replacePage) place = {};
        }
        // Antivirus warnings are kept on the batch and shown with it, not repeated here.
        setNotice({ type: 'success', text: t('intake.source.imported', { count: added, name: files.map((f) => f.name).join(', ') }) });
      }),
    edit: (edit: PageEdit) => run('edit', async () => batch && show(await client.call('intake.editPages', { batchId: batch.id, edit }))),
    split: (startPages: string[]) =>
      run('edit', async () => {
        if (!batch) return;
        const r = await client.call('intake.splitBatch', { batchId: batch.id, startPages });
        show(r.batches[0] ?? null);
        setNotice({ type: 'success', text: t('intake.editor.splitDone', { count: r.batches.length }) });
      }),
    resume: (id: string) => run('edit', async () => show(await client.call('intake.resumeBatch', { batchId: id }))),
    discard: (id: string) =>
      run('edit', async () => {
        await client.call('intake.discardBatch', { batchId: id });
        if (current.current === id) show(null);
      }),
    assemble: (ocr: boolean): Promise<Assembled | null> =>
      run('assemble', async () => {
        if (!batch) throw new Error(t('intake.editor.empty'));
        setNotice(null);
        const r = await client.call('intake.assemble', { batchId: batch.id, ocr });
        await refresh();
        return r;
      }),
    cancel: () => {
      if (current.current) void client.call('intake.cancel', { batchId: current.current }).catch(fail);
    },
  };
}

export type IntakeBatchState = ReturnType<typeof useIntakeBatch>;
