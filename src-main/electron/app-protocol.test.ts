import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { storedFileFor, type FileAccess } from '../bridge/file-access';
import type { SessionSlot } from '../rpc/router';
import { createAppProtocolHandler } from './app-protocol';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-app-protocol-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const SHA_MINE = 'a'.repeat(64);
const SHA_OTHER = 'b'.repeat(64);
const SHA_MISSING = 'c'.repeat(64);
fs.mkdirSync(path.join(dir, 'renderer'));
fs.writeFileSync(path.join(dir, 'renderer', 'index.html'), '<!doctype html><title>vanthu</title>');
fs.writeFileSync(path.join(dir, 'mine.pdf'), '%PDF-1.7 của tôi');
fs.writeFileSync(path.join(dir, 'other.pdf'), '%PDF-1.7 của người khác');

/** The permission service's answer, faked: session "cv" may read only its own file; "vt" reads all; none reads nothing. */
const reads: [string | null, string][] = [];
const access: FileAccess = {
  locateFile: (sha) =>
    sha === SHA_MINE
      ? { path: path.join(dir, 'mine.pdf'), mediaType: 'application/pdf' }
      : sha === SHA_OTHER
        ? { path: path.join(dir, 'other.pdf'), mediaType: 'application/pdf' }
        : sha === SHA_MISSING
          ? { path: path.join(dir, 'gone.pdf'), mediaType: 'application/pdf' }
          : null,
  mayReadFile: (sessionId, sha) => {
    reads.push([sessionId, sha]);
    return sessionId === 'vt' || (sessionId === 'cv' && sha === SHA_MINE);
  },
};

const session: SessionSlot = { id: null };
const handle = createAppProtocolHandler({
  rendererDir: path.join(dir, 'renderer'),
  files: access,
  session,
  fetchFile: (url) => Promise.resolve(new Response(fs.readFileSync(fileURLToPath(url)))),
});
const get = (p: string) => handle(new Request(`app://vanthu${p}`));

describe('app://vanthu/files checks the window session like GET /files', () => {
  it('serves a stored file only to a session that may read it; refused and unknown look the same (404)', async () => {
    session.id = null;
    expect((await get(`/files/${SHA_MINE}`)).status).toBe(404);
    session.id = 'cv';
    const mine = await get(`/files/${SHA_MINE}`);
    expect([mine.status, mine.headers.get('content-type'), await mine.text()]).toEqual([200, 'application/pdf', '%PDF-1.7 của tôi']);
    const other = await get(`/files/${SHA_OTHER}`);
    expect([other.status, await other.text()]).toEqual([404, 'Not found']);
    session.id = 'vt';
    expect((await get(`/files/${SHA_OTHER}`)).status).toBe(200);
    expect((await get(`/files/${SHA_MISSING}`)).status).toBe(404); // allowed, but the file is gone
    // The check is asked with the window's current session, for every request.
    expect(reads).toEqual([
      [null, SHA_MINE],
      ['cv', SHA_MINE],
      ['cv', SHA_OTHER],
      ['vt', SHA_OTHER],
      ['vt', SHA_MISSING],
    ]);
  });

  it('still serves the renderer itself without a session, and nothing outside it', async () => {
    session.id = null;
    const page = await get('/index.html');
    expect([page.status, await page.text()]).toEqual([200, '<!doctype html><title>vanthu</title>']);
    expect((await get('/../mine.pdf')).status).toBe(404);
    expect((await handle(new Request(`app://other/files/${SHA_MINE}`))).status).toBe(404);
  });

  it('is the same function browser mode uses: no check configured (no accounts) reads every file', () => {
    expect(storedFileFor(SHA_OTHER, null, { locateFile: access.locateFile })).toMatchObject({
      status: 200,
      file: { path: path.join(dir, 'other.pdf') },
    });
    expect(storedFileFor(SHA_OTHER, null, access)).toEqual({ status: 404 });
  });
});
