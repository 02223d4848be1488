/** Shared helpers of the register-*.test.ts files: a real app on a temp folder, real PDFs. */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { App } from '../../src-main/app/create-app';
import { fixedClock } from '../../src-main/core/clock';
import type { RegisterEntry, RegisterWarning } from '../../src-shared/contracts/register.contract';
import type { AppErrorData } from '../../src-shared/rpc/errors';
import { SAMPLE_AGENCY, testApp } from '../support/app-harness';
import { tempDataDir } from '../support/browser-mode';

export type TestApp = App & { dataDirPath: string };

/** An app with the sample agency recorded and a settable clock (default: mid-2026, Vietnam daytime). */
export async function agencyApp(now = '2026-03-05T02:00:00Z', dataDir = tempDataDir('vanthu-reg-')) {
  const clock = fixedClock(now);
  const app = testApp({ dataDir, clock });
  await ok(app, 'agency.saveProfile', SAMPLE_AGENCY);
  return { app, clock };
}

export async function ok<T = any>(app: App, name: string, input: unknown): Promise<T> {
  const r = await app.router.call(name, input, { transport: 'direct' });
  if (!r.ok) throw new Error(`${name} failed: ${r.error.kind} ${r.error.message}`);
  return r.value as T;
}

export async function err(app: App, name: string, input: unknown): Promise<AppErrorData> {
  const r = await app.router.call(name, input, { transport: 'direct' });
  expect(r.ok, `${name} should have failed`).toBe(false);
  return (r as { ok: false; error: AppErrorData }).error;
}

export const incoming = (over: Record<string, unknown> = {}) => ({
  TypeName: 'Quyết định',
  SoKyHieu: '3830/QĐ-UBND',
  IssuedDate: '2026-02-27',
  OrganName: 'Ủy ban nhân dân tỉnh Bình Định',
  Subject: 'Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Ngoại vụ tỉnh Bình Định',
  SignerInfo: { Position: 'Chủ tịch', FullName: 'Hồ Quốc Dũng' },
  ...over,
});

/** What register.addIncoming and addOutgoing answer. */
export type Registered = { entry: RegisterEntry; warnings: RegisterWarning[] };

/** register.addIncoming of the sample incoming document (see incoming), changed by `over`. */
export const addIncoming = (app: App, over: Record<string, unknown> = {}) => ok<Registered>(app, 'register.addIncoming', incoming(over));

/** A Party body (issue 13): a Huyện ủy numbering "Số 01-CV/HU" per term. */
export const PARTY_AGENCY = {
  ...SAMPLE_AGENCY,
  name: 'Huyện ủy Kim Động',
  parentName: 'Đảng bộ tỉnh Hưng Yên',
  abbreviation: 'HU',
  placeName: 'Kim Động',
  system: 'party' as const,
};

export const outgoing = (over: Record<string, unknown> = {}) => ({
  TypeName: 'Quyết định',
  Subject: 'Quyết định thành lập Tổ công tác chuyển đổi số của xã',
  SignerInfo: { Position: 'Chủ tịch', FullName: 'Nguyễn Văn An' },
  To: [{ OrganName: 'Ủy ban nhân dân huyện Đồng Phú' }],
  ...over,
});

/** Next số đến without registering: proves a refusal consumed nothing. */
export async function nextArrivalNumber(app: App): Promise<number> {
  const p = await ok<{ NextNumber: number }>(app, 'register.preview', { Direction: 'den', Record: incoming({ SoKyHieu: '1/TB-XYZ' }) });
  return p.NextNumber;
}

/** A real PDF (pdf-lib, standard font: ASCII text only) with `pages` pages. */
export async function makePdf(text: string, pages = 1): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i++) doc.addPage().drawText(`${text} (trang ${i + 1})`, { x: 50, y: 700, size: 12, font });
  return doc.save();
}

export async function writePdf(dir: string, name: string, text: string, pages = 1): Promise<string> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, await makePdf(text, pages));
  return file;
}

/** Every file in the content-addressed store (excluding its tmp folder). */
export function storedFiles(dataDir: string): string[] {
  const root = path.join(dataDir, 'files');
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.parentPath !== path.join(root, 'tmp'))
    .map((d) => d.name);
}
