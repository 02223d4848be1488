#!/usr/bin/env node
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const vm = require('node:vm');
const Module = require('node:module');

const bundle = path.join(__dirname, '..', 'dist', 'main', 'cli.cjs');
let source;
let stat;
try {
  source = fs.readFileSync(bundle, 'utf8');
  stat = fs.statSync(bundle);
} catch {
  process.stderr.write('vanthu: chưa build — chạy "npm run build" trong thư mục dự án trước (CLI bundle missing).\n');
  process.exit(1);
}

// Start-up: compiling the bundle is about a fifth of `vanthu info`'s CPU. V8's code cache (the bytecode
// of the functions the last run used) is kept beside the bundle and reused while the bundle is
// unchanged. V8 rejects a cache from another V8 version or flags by itself; the key adds what V8 does
// not check (it compares the source's length only), so a rebuilt bundle never runs stale bytecode.
// Failing to read or write the cache only means a normal compile. The bundle has no import() (Node 20
// cannot run one restored from a cache; see scripts/build-node.mjs).
const cacheFile = `${bundle}.v8cache`;
const key = Buffer.from(`vanthu-v8cache 1 ${process.version} ${process.arch} ${stat.size} ${stat.mtimeMs}\n`);
let cached;
try {
  const bytes = fs.readFileSync(cacheFile);
  if (bytes.subarray(0, key.length).equals(key)) cached = bytes.subarray(key.length);
} catch {
  // no cache yet
}

const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData: cached });
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
const cli = new Module(bundle, module);
cli.filename = bundle;
cli.paths = Module._nodeModulePaths(path.dirname(bundle));
script.runInThisContext()(cli.exports, Module.createRequire(bundle), cli, bundle, path.dirname(bundle));
