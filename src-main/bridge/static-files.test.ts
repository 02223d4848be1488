import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStatic } from './static-files';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'static-'));
fs.writeFileSync(path.join(root, 'index.html'), '<html></html>');
fs.mkdirSync(path.join(root, 'assets'));
fs.writeFileSync(path.join(root, 'assets', 'app.js'), '');
fs.writeFileSync(path.join(os.tmpdir(), 'secret.txt'), 'secret');

describe('resolveStatic', () => {
  it('serves files inside the root with their type, and index.html for app routes', () => {
    expect(resolveStatic(root, '/assets/app.js')).toMatchObject({
      file: path.join(root, 'assets', 'app.js'),
      type: expect.stringContaining('javascript'),
    });
    expect(resolveStatic(root, '/settings')?.file).toBe(path.join(root, 'index.html'));
  });

  it('refuses traversal, encoded traversal, backslashes and NUL', () => {
    expect(resolveStatic(root, '/../secret.txt')).toBeNull();
    expect(resolveStatic(root, '/%2e%2e/secret.txt')).toBeNull();
    expect(resolveStatic(root, '/assets/../../secret.txt')).toBeNull();
    expect(resolveStatic(root, '/..%5csecret.txt')).toBeNull();
    expect(resolveStatic(root, '/index.html%00.js')).toBeNull();
    expect(resolveStatic(root, '/missing.js')).toBeNull();
  });
});
