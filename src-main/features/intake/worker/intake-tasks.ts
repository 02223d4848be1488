/**
 * The CPU-heavy JavaScript of intake — PDF assembly (pdf-lib) and deskew (projection profiles) —
 * as plain tasks with structured-cloneable inputs, so they can run in a worker thread (see
 * intake-runner.ts) or, where no worker script is available, in the calling thread.
 */
import fs from 'node:fs';
import type { TaskContext } from '../../../core/worker/task-runner';
import type { ColorMode } from '../scanner/scanner-source';
import { assemblePdf, type AssemblyPage } from '../pdf/assemble';
import { estimateSkew, straighten } from '../ocr/deskew';

export interface AssembleJobPage extends Omit<AssemblyPage, 'bytes'> {
  /** Read by the task itself, so the caller never holds every page in memory. */
  file?: string;
  data?: Uint8Array;
}

interface TaskMap {
  assemble: {
    input: { pages: AssembleJobPage[]; mode: ColorMode; quality: number; title?: string; createdAtMs: number };
    output: Uint8Array;
  };
  straighten: {
    input: { image: Uint8Array; minSkew: number };
    output: { angle: number; image: Uint8Array | null };
  };
}
type TaskName = keyof TaskMap;

export const TASKS: { [K in TaskName]: (input: TaskMap[K]['input'], ctx: TaskContext) => Promise<TaskMap[K]['output']> } = {
  async assemble(input, ctx) {
    const sources = new Map<string, () => Buffer>();
    const pages: AssemblyPage[] = input.pages.map((p) => {
      const { file, data, ...rest } = p;
      let bytes: () => Buffer;
      if (data) {
        const b = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
        bytes = () => b;
      } else {
        // One loader per source file: the PDF pages of one imported file share it (loaded once).
        bytes = sources.get(file!) ?? (() => fs.readFileSync(file!));
        sources.set(file!, bytes);
      }
      return { ...rest, bytes };
    });
    return assemblePdf(pages, {
      mode: input.mode,
      quality: input.quality,
      createdAt: new Date(input.createdAtMs),
      signal: ctx.signal,
      onPage: (d, t) => ctx.progress(d, t),
      ...(input.title ? { title: input.title } : {}),
    });
  },
  async straighten(input) {
    const img = Buffer.from(input.image.buffer, input.image.byteOffset, input.image.byteLength);
    const angle = await estimateSkew(img);
    if (Math.abs(angle) < input.minSkew) return { angle: 0, image: null };
    return { angle, image: new Uint8Array(await straighten(img, angle)) };
  },
};
