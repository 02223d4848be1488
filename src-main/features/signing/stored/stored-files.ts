import type {
  SignatureImage,
  SigningRole,
  SigningSettings,
  StoredAppearanceSchema,
} from '../../../../src-shared/contracts/signing.contract';
import { toVnIso } from '../../../../src-shared/domain/vn-time';
import { appError } from '../../../../src-shared/rpc/errors';
import type { Clock } from '../../../core/clock';
import type { FileStore } from '../../files/file-store';
import type { FilesRepo } from '../../files/files.repo';
import { readPngInfo } from '../pdf/appearance';
import { PDF_LIMITS } from '../pdf/pdf-input';
import type { AppearanceRequest } from '../pdf/sign-pdf';
import { MAX_IMAGE_BYTES } from '../sign-document';
import type { z } from 'zod';

type StoredAppearance = z.output<typeof StoredAppearanceSchema>;

const ROLE_SLUG: Record<SigningRole, string> = { signer: 'lanh-dao-ky', seal: 'dong-dau', attachment: 'phu-luc-ky', copy: 'ban-sao-ky' };

/** "quyet-dinh.pdf" signed as seal -> "quyet-dinh.dong-dau.pdf": the clerk sees what each version is. */
export function signedFileName(label: string, role: SigningRole): string {
  const base = label.replace(/\.pdf$/i, '');
  return `${base}.${ROLE_SLUG[role]}.pdf`.slice(-200);
}

/** Alpha channel (colour types 4, 6) or a tRNS chunk: the background can be transparent (Phụ lục I.II.7.d, 8.a). */
export function pngHasTransparency(bytes: Uint8Array): boolean {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const colourType = b[25];
  if (colourType === 4 || colourType === 6) return true;
  for (let off = 8; off + 12 <= b.length;) {
    const len = b.readUInt32BE(off);
    const type = b.toString('latin1', off + 4, off + 8);
    if (type === 'tRNS') return true;
    if (type === 'IDAT' || type === 'IEND') return false;
    off += 12 + len;
  }
  return false;
}

/**
 * Reading PDFs and images from the content-addressed store for signing, and storing the signature
 * and seal images there (they travel by sha256 like every other file).
 */
export function createStoredFiles(deps: { store: FileStore; repo: FilesRepo; clock: Clock }) {
  /** The stored file's row; `image` names the image asked for (a PDF otherwise). */
  function row(sha256: string, image?: string) {
    const r = deps.repo.get(sha256);
    if (!r || !deps.store.has(sha256)) {
      const sha = sha256.slice(0, 12);
      throw image === undefined
        ? appError('signing.storedFileNotFound', { sha }, { sha256 })
        : appError('signing.storedImageNotFound', { what: image.toLowerCase(), sha }, { sha256 });
    }
    return r;
  }

  return {
    readPdf(sha256: string): { bytes: Uint8Array; label: string } {
      const r = row(sha256);
      if (r.media_type !== 'application/pdf')
        throw appError('signing.storedNotPdf', { name: r.original_name ?? sha256.slice(0, 12) }, { sha256 });
      if (r.size > PDF_LIMITS.maxBytes) throw appError('signing.storedTooBig', { size: Math.round(r.size / 1048576) }, { sha256 });
      return { bytes: deps.store.read(sha256), label: r.original_name ?? `${sha256.slice(0, 12)}.pdf` };
    },

    readImage(sha256: string, label: string): Uint8Array {
      const r = row(sha256, label);
      if (r.media_type !== 'image/png' || r.size > MAX_IMAGE_BYTES)
        throw appError('signing.storedNotPng', { label, sha: sha256.slice(0, 12) }, { field: 'imageSha256' });
      return deps.store.read(sha256);
    },

    /** Checks a PNG (header, size, transparency) and stores it; idempotent by content. */
    putImage(bytes: Uint8Array, fileName: string | null, label: string): SignatureImage {
      const info = readPngInfo(bytes, label);
      if (!pngHasTransparency(bytes)) {
        throw appError('signing.imageNotTransparent', { label }, { field: 'dataBase64' });
      }
      const { sha256 } = deps.store.put(bytes);
      deps.repo.insertIfAbsent({
        sha256,
        size: bytes.length,
        media_type: 'image/png',
        page_count: null,
        text: null,
        original_name: fileName,
        created_at: toVnIso(deps.clock.now()),
      });
      const ppm = info.pixelsPerMetre;
      const mm = (px: number, perMetre: number | undefined) => (perMetre ? Math.round((px / perMetre) * 10000) / 10 : null);
      return { sha256, width: info.width, height: info.height, widthMm: mm(info.width, ppm?.x), heightMm: mm(info.height, ppm?.y) };
    },
  };
}

export type StoredFiles = ReturnType<typeof createStoredFiles>;

/** The ND30 appearance with its image read from the store (or the data folder's saved image). */
export function appearanceFor(
  a: StoredAppearance,
  s: SigningSettings,
  certName: string,
  files: Pick<StoredFiles, 'readImage'>,
): AppearanceRequest {
  const where = (k: 'page' | 'rect', v: unknown) => (v !== undefined ? { [k]: v } : {});
  switch (a.kind) {
    case 'signer': {
      const sha = a.imageSha256 ?? s.signatureImage?.sha256;
      if (!sha) throw appError('signing.noSignerImage', undefined, { field: 'imageSha256' });
      return {
        kind: 'signer',
        image: files.readImage(sha, 'signatureImage'),
        signerName: a.signerName ?? certName,
        ...where('page', a.page),
        ...where('rect', a.rect),
      };
    }
    case 'seal': {
      const sha = a.imageSha256 ?? s.sealImage?.sha256;
      if (!sha) throw appError('signing.noSealImage', undefined, { field: 'imageSha256' });
      const sizeMm = a.sealSizeMm ?? s.sealSizeMm ?? undefined;
      return {
        kind: 'seal',
        image: files.readImage(sha, 'sealImage'),
        ...(sizeMm !== undefined ? { sizeMm } : {}),
        ...where('page', a.page),
        ...where('rect', a.rect),
      };
    }
    case 'attachment':
      return { kind: 'attachment', number: '' }; // the number comes with the document (checked by signBytes)
    case 'copy':
      return { kind: 'copy', copyForm: a.copyForm, agencyName: a.agencyName ?? certName };
  }
}
