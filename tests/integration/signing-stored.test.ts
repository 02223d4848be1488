/**
 * Signing files of the store (what the UI does), on a real SoftHSM2 token through the router:
 * settings (library, images), leader then seal on a registered outgoing document with its revision
 * chain and audit history, stale versions refused before the PIN, batch with progress events,
 * wrong PIN, and the signed files cross-checked by pdfsig.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src-main/app/create-app';
import type { RegisterEntry } from '../../src-shared/contracts/register.contract';
import type { SigningSettings, StoredSignResult } from '../../src-shared/contracts/signing.contract';
import { SAMPLE_AGENCY, memoryLogger } from '../support/app-harness';
import { tempDataDir } from '../support/browser-mode';
import { decisionPdf, LEADER_NAME, sealPng, signaturePng } from '../support/signing-fixtures';
import { pdfsig, setupSoftHsm, type TestToken } from '../support/softhsm';
import { needTools, SIGNING_TOOLS } from '../support/tools';
import { createApp } from '../../src-main/app/create-app';
import type { AppErrorData } from '../../src-shared/rpc/errors';

const tools = needTools(...SIGNING_TOOLS);

type Revisions = {
  entries: Array<{
    entryId: string;
    originalSha256: string | null;
    currentSha256: string | null;
    revisions: Array<{ role: string; sha256: string; parentSha256: string }>;
  }>;
};

describe.skipIf(tools.skip)(tools.title('signing stored files: settings, revisions of register entries, batch (SoftHSM2)'), () => {
  let tk: TestToken;
  let app: App;
  let dataDir: string;
  let logger: ReturnType<typeof memoryLogger>;
  const events: Array<{ name: string; payload: Record<string, unknown> }> = [];
  const call = async <T = any>(name: string, input: unknown): Promise<T> => {
    const r = await app.router.call(name, input, { transport: 'direct' });
    if (!r.ok) throw new Error(`${name}: ${r.error.kind} ${r.error.message}`);
    return r.value as T;
  };
  const fail = async (name: string, input: unknown): Promise<AppErrorData> => {
    const r = await app.router.call(name, input, { transport: 'direct' });
    expect(r.ok, `${name} should fail`).toBe(false);
    return (r as { ok: false; error: AppErrorData }).error;
  };
  const token = (keyId: string, pin = tk.pin) => ({ token: tk.token, keyId, pin });
  const storePath = (sha: string) => path.join(dataDir, 'files', sha.slice(0, 2), sha);

  async function registerDecision(subject: string): Promise<RegisterEntry> {
    // Same layout, different title: distinct bytes, so the register's same-PDF warning stays quiet.
    const doc = await PDFDocument.load(await decisionPdf());
    doc.setTitle(subject);
    const pdf = await doc.save({ useObjectStreams: false });
    const f = await call<{ sha256: string }>('files.importBytes', {
      fileName: 'quyet-dinh.pdf',
      dataBase64: Buffer.from(pdf).toString('base64'),
    });
    const r = await call<{ entry: RegisterEntry }>('register.addOutgoing', {
      TypeName: 'Quyết định',
      Subject: subject,
      SignerInfo: { Position: 'Chủ tịch', FullName: LEADER_NAME },
      To: [{ OrganName: 'Ủy ban nhân dân huyện Đồng Phú' }],
      FileSha256: f.sha256,
    });
    return r.entry;
  }

  beforeAll(async () => {
    tk = setupSoftHsm();
    dataDir = tempDataDir('vanthu-signstored-');
    logger = memoryLogger();
    app = createApp({ dataDir }, { logger });
    app.events.subscribe((name, payload) => events.push({ name, payload: payload as Record<string, unknown> }));
    await call('agency.saveProfile', SAMPLE_AGENCY);
    await call('signing.importTrust', { paths: [path.join(tk.pki, 'root.pem')], asUserAnchor: true });
  }, 120_000);
  afterAll(() => {
    app?.close();
    for (const d of [tk?.work, dataDir]) if (d) fs.rmSync(d, { recursive: true, force: true });
  });

  it('settings: discovers the token library, remembers it, stores the seal and signature images by sha256', async () => {
    const mods = await call<{ modules: Array<{ path: string; exists: boolean; selected: boolean }> }>('signing.listModules', {});
    expect(mods.modules.some((m) => m.path === tk.module && m.exists)).toBe(true);
    expect((await fail('signing.saveSettings', { modulePath: '/khong/co/libtoken.so' })).kind).toBe('Validation');
    const s = await call<SigningSettings>('signing.saveSettings', { modulePath: tk.module });
    expect(s.modulePath).toBe(tk.module);

    const sig = await call<{ image: { sha256: string; widthMm: number | null } }>('signing.saveImage', {
      kind: 'signature',
      fileName: 'chu-ky.png',
      dataBase64: (await signaturePng()).toString('base64'),
    });
    const seal = await call<{ image: { sha256: string; widthMm: number | null }; settings: SigningSettings }>('signing.saveImage', {
      kind: 'seal',
      fileName: 'con-dau.png',
      dataBase64: (await sealPng()).toString('base64'),
    });
    expect(seal.image.widthMm).toBeCloseTo(36, 0);
    expect(sig.image.widthMm).toBeCloseTo(50, 0);
    expect(seal.settings).toMatchObject({ signatureImage: { sha256: sig.image.sha256 }, sealImage: { sha256: seal.image.sha256 } });
    expect(fs.existsSync(storePath(seal.image.sha256))).toBe(true);

    // An opaque image would cover the text under the seal: refused with the decree's reason.
    const opaque = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#ffffff' } })
      .png()
      .toBuffer();
    const bad = await fail('signing.saveImage', { kind: 'seal', dataBase64: opaque.toString('base64') });
    expect(bad.message).toContain('nền trong suốt');
    expect((await call<SigningSettings>('signing.getSettings', {})).sealImage?.sha256).toBe(seal.image.sha256);
  });

  it('leader then seal on a registered document: new files, one revision chain, audit history, both signatures valid (ours and pdfsig)', async () => {
    const entry = await registerDecision('Ban hành Quy chế gửi, nhận văn bản điện tử');
    const original = entry.File!.sha256;
    const leader = await call<StoredSignResult>('signing.signStored', {
      ...token('02'),
      sha256: original,
      entryId: entry.id,
      appearance: { kind: 'signer' },
      number: entry.SoKyHieu!,
      issuedDate: entry.IssuedDate!,
    });
    expect(leader).toMatchObject({
      signer: LEADER_NAME,
      numberStamped: true,
      sourceSha256: original,
      entryId: entry.id,
      revision: { role: 'signer', parentSha256: original },
    });
    expect(leader.sha256).not.toBe(original);
    expect(fs.existsSync(storePath(original)) && fs.existsSync(storePath(leader.sha256))).toBe(true);

    // The register row is untouched; the revision chain says what is current.
    const got = await call<{ entry: RegisterEntry; history: Array<{ action: string; data: Record<string, unknown> }> }>('register.get', {
      id: entry.id,
    });
    expect(got.entry.File!.sha256).toBe(original);
    let revs = await call<Revisions>('signing.listRevisions', { entryIds: [entry.id] });
    expect(revs.entries[0]).toMatchObject({ originalSha256: original, currentSha256: leader.sha256 });

    // Sealing the unsigned original would fork the document: refused before the token is touched.
    const stale = await fail('signing.signStored', {
      ...token('01', '000000'),
      sha256: original,
      entryId: entry.id,
      appearance: { kind: 'seal' },
    });
    expect(stale.kind).toBe('Conflict');
    expect(stale.message).toContain('bản mới nhất');

    const sealed = await call<StoredSignResult>('signing.signStored', {
      ...token('01'),
      sha256: leader.sha256,
      entryId: entry.id,
      appearance: { kind: 'seal' },
    });
    expect(sealed.revision).toMatchObject({ role: 'seal', parentSha256: leader.sha256 });
    revs = await call<Revisions>('signing.listRevisions', { entryIds: [entry.id] });
    expect(revs.entries[0]!.revisions.map((r) => r.role)).toEqual(['signer', 'seal']);
    expect(revs.entries[0]!.currentSha256).toBe(sealed.sha256);

    const v = await call<{ signatures: Array<{ verdict: string; signer: string; coversWholeFile: boolean }>; allValid: boolean }>(
      'signing.verifyStored',
      { sha256: sealed.sha256 },
    );
    expect(v.allValid).toBe(true);
    expect(v.signatures.map((s) => s.verdict)).toEqual(['VALID_WITH_LATER_SIGNATURES', 'VALID']);
    expect(v.signatures[1]!.coversWholeFile).toBe(true);
    const ps = pdfsig(storePath(sealed.sha256), tk.nssdb);
    expect(
      ps.signatures.map((s) => s.valid && s.trusted),
      ps.raw,
    ).toEqual([true, true]);

    const history = (await call<{ history: Array<{ action: string; data: Record<string, unknown> }> }>('register.get', { id: entry.id }))
      .history;
    expect(history.filter((h) => h.action === 'signing.signed').map((h) => h.data.role)).toEqual(['signer', 'seal']);
    // The remembered choices: token and certificate per role, never the PIN.
    const s = await call<SigningSettings>('signing.getSettings', {});
    expect(s).toMatchObject({ lastToken: tk.token, keyByRole: { signer: '02', seal: '01' } });
    expect(JSON.stringify(s)).not.toContain(`"${tk.pin}"`);
    expect(logger.lines.join('\n')).not.toContain(`"${tk.pin}"`); // as a JSON value (hashes may contain the digits)
  }, 120_000);

  it('batch: one PIN entry, progress events for its batch id, a stale document fails alone', async () => {
    const a = await registerDecision('Quyết định A về kế hoạch cải cách hành chính');
    const b = await registerDecision('Quyết định B về kế hoạch chuyển đổi số');
    const c = await registerDecision('Quyết định C về công tác văn thư');
    await call('signing.signStored', { ...token('02'), sha256: c.File!.sha256, entryId: c.id, appearance: { kind: 'signer' } });
    events.length = 0;
    const out = await call<{
      results: Array<{ ok: boolean; entryId: string | null; error?: { kind: string } }>;
      signed: number;
      failed: number;
    }>('signing.signStoredBatch', {
      ...token('02'),
      batchId: 'lo-1',
      documents: [a, c, b].map((e) => ({
        sha256: e.File!.sha256,
        entryId: e.id,
        appearance: { kind: 'signer' },
        number: e.SoKyHieu!,
        issuedDate: e.IssuedDate!,
      })),
    });
    expect(out).toMatchObject({ signed: 2, failed: 1 });
    expect(out.results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(out.results[1]!.error!.kind).toBe('Conflict');
    const progress = events.filter((e) => e.name === 'signing.batchProgressed').map((e) => e.payload);
    expect(progress.map((p) => [p.index, p.ok, p.batchId, p.entryId])).toEqual([
      [0, true, 'lo-1', a.id],
      [1, false, 'lo-1', c.id],
      [2, true, 'lo-1', b.id],
    ]);
  }, 120_000);

  it("wrong PIN: refused with the token's message, no file and no revision recorded", async () => {
    const e = await registerDecision('Quyết định D thử mã PIN sai');
    const before = fs.readdirSync(path.join(dataDir, 'files'), { recursive: true }).length;
    const r = await fail('signing.signStored', {
      ...token('02', '999999'),
      sha256: e.File!.sha256,
      entryId: e.id,
      appearance: { kind: 'signer' },
    });
    expect(r.message).toMatch(/PIN/);
    expect(fs.readdirSync(path.join(dataDir, 'files'), { recursive: true }).length).toBe(before);
    expect((await call<Revisions>('signing.listRevisions', { entryIds: [e.id] })).entries[0]!.revisions).toEqual([]);
    expect(logger.lines.join('\n')).not.toContain('"999999"');
    expect((await fail('signing.verifyStored', { sha256: 'a'.repeat(64) })).kind).toBe('NotFound');
  }, 60_000);
});
