import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileStore, sha256Of } from './file-store';

describe('content-addressed file store', () => {
  it('names a file by its sha256, writes it once and never overwrites it', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-store-'));
    const store = createFileStore(root);
    const bytes = Buffer.from('%PDF-1.7 nội dung');
    const a = store.put(bytes);
    expect(a).toEqual({ sha256: sha256Of(bytes), created: true });
    const file = store.pathFor(a.sha256);
    expect(path.relative(root, file)).toBe(path.join(a.sha256.slice(0, 2), a.sha256));
    expect(store.read(a.sha256).equals(bytes)).toBe(true);
    const mtime = fs.statSync(file).mtimeMs;
    expect(store.put(Buffer.from(bytes))).toEqual({ sha256: a.sha256, created: false });
    expect(fs.statSync(file).mtimeMs).toBe(mtime);
    expect(fs.readdirSync(path.join(root, 'tmp'))).toEqual([]);
    expect(() => store.pathFor('../../etc/passwd')).toThrow(RangeError);
  });
});
