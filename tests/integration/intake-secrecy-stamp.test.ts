/**
 * Độ mật read by OCR (issue 17): a scan whose page 1 carries a red framed "MẬT" stamp at box 10a
 * goes through the real intake pipeline (native tesseract, vie) and the reading proposes
 * Confidentiality 'mat' with a flag for the clerk; the same document without the stamp proposes none.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callDirect, SAMPLE_AGENCY, testApp } from '../support/app-harness';
import { tempDataDir } from '../support/browser-mode';
import { FIXTURE_DOCS, MILD, renderDocPdf, scanLike } from '../support/scan-fixtures';
import { needTools } from '../support/tools';

const native = needTools('tesseract-vie');
const dir = tempDataDir('vanthu-secret-ocr-');
const doc = FIXTURE_DOCS[0]!;
const stamped = path.join(dir, 'qd-mat.jpg');
const plain = path.join(dir, 'qd-thuong.jpg');

beforeAll(async () => {
  fs.writeFileSync(stamped, await scanLike(await renderDocPdf({ ...doc, secrecyStamp: 'MẬT' }), MILD, 11));
  fs.writeFileSync(plain, await scanLike(await renderDocPdf(doc), MILD, 11));
}, 60_000);

describe.skipIf(native.skip)(native.title('OCR reads the độ-mật stamp'), () => {
  const app = testApp();
  afterAll(() => app.close());
  const call = <T>(name: string, input: unknown) => callDirect<T>(app, name, input);
  type Made = {
    ocr: { fields: Record<string, string | null>; confidence: Record<string, number>; flags: { field: string; message: string }[] };
  };
  const read = async (file: string): Promise<Made['ocr']> => {
    const imported = await call<{ batch: { id: string } }>('intake.importFiles', { paths: [file] });
    const made = await call<Made>('intake.assemble', { batchId: imported.batch.id, ocr: true, out: `${file}.pdf` });
    return made.ocr;
  };

  it('proposes Mật from the stamp and flags it; no stamp, no proposal', async () => {
    await call('agency.saveProfile', SAMPLE_AGENCY);
    const secret = await read(stamped);
    expect(secret.fields.Confidentiality).toBe('mat');
    expect(secret.confidence.Confidentiality).toBeGreaterThan(0.5);
    expect(secret.flags).toContainEqual(expect.objectContaining({ field: 'Confidentiality', message: expect.stringContaining('"MẬT"') }));
    // The stamp does not disturb the other fields.
    expect(secret.fields).toMatchObject({ CodeNumber: '1048', CodeNotation: 'QĐ-SNgV', TypeName: 'Quyết định' });
    const ordinary = await read(plain);
    expect(ordinary.fields.Confidentiality).toBeUndefined();
  });
});
