#!/usr/bin/env node
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const vm = require('node:vm');
const Module = require('node:module');

// The CLI is two bundles (scripts/build-node.mjs): cli.cjs, the command line, and cli-app.cjs, the app,
// which cli.cjs requires as './cli-app.cjs' only when a command runs (`--version` and `--help` never do).
const dist = path.join(__dirname, '..', 'dist', 'main');

// Start-up: compiling a bundle is about a fifth of `vanthu info`'s CPU. V8's code cache (the bytecode
// of the functions the first run used) is kept beside each bundle and reused while the bundle is
// unchanged. V8 rejects a cache from another V8 version or flags by itself; the key adds what V8 does
// not check (it compares the source's length only), so a rebuilt bundle never runs stale bytecode.
// Failing to read or write a cache only means a normal compile. The bundles have no import() (Node 20
// cannot run one restored from a cache; see scripts/build-node.mjs).
const loaded = new Map();
function load(file) {
  const known = loaded.get(file);
  if (known) return known.exports;
  const source = fs.readFileSync(file, 'utf8');
  const stat = fs.statSync(file);
  const cacheFile = `${file}.v8cache`;
  const key = Buffer.from(`vanthu-v8cache 2 ${process.version} ${process.arch} ${stat.size} ${stat.mtimeMs}\n`);
  let cached;
  try {
    const bytes = fs.readFileSync(cacheFile);
    if (bytes.subarray(0, key.length).equals(key)) cached = bytes.subarray(key.length);
  } catch {
    // no cache yet
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData: cached });
  if (cached === undefined || script.cachedDataRejected) {
    // Written at exit, so the functions this command ran are in it too; through a temporary file and a
    // rename, because several `vanthu` processes may start at once.
    process.once('exit', () => {
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      try {
        fs.writeFileSync(tmp, Buffer.concat([key, script.createCachedData()]));
        fs.renameSync(tmp, cacheFile);
      } catch {
        try {
          fs.rmSync(tmp, { force: true });
        } catch {
          // e.g. a read-only install: run without a cache
        }
      }
    });
  }
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  loaded.set(file, mod);
  // A bundle's require: another bundle beside it ('./cli-app.cjs') loads through this cache too.
  const plain = Module.createRequire(file);
  const sibling = /^\.\/[\w-]+\.cjs$/;
  const req = Object.assign(
    (id) => (typeof id === 'string' && sibling.test(id) ? load(path.join(path.dirname(file), id)) : plain(id)),
    plain,
  );
  script.runInThisContext()(mod.exports, req, mod, file, path.dirname(file));
  mod.loaded = true;
  return mod.exports;
}

const entry = path.join(dist, 'cli.cjs');
if (!fs.existsSync(entry) || !fs.existsSync(path.join(dist, 'cli-app.cjs'))) {
  process.stderr.write('vanthu: chưa build — chạy "npm run build" trong thư mục dự án trước (CLI bundle missing).\n');
  process.exit(1);
}
load(entry);
