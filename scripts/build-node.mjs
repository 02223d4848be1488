// Bundles the Node side (Electron main, preload, CLI, browser-mode server) into dist/main/*.cjs.
// Our own code is bundled (no TypeScript loader at run time); npm packages stay external and load
// from node_modules, which electron-builder ships: native modules (better-sqlite3, pkcs11js, sharp)
// and packages with worker files or data (pdfjs-dist, tesseract.js) must not be inlined anyway.
import { build } from 'esbuild';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { lazyExternals } from './lazy-externals.mjs';

const require = createRequire(import.meta.url);

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  packages: 'external',
};

// Libraries only some operations use load on first use (see lazy-externals.mjs): the CLI, the window
// and the browser-mode server start without evaluating them; so does the long-work worker. The intake
// worker uses them at once anyway.
// zod and drizzle-orm (pure JavaScript) are inlined: every start needs them (contracts, database),
// and resolving and compiling their hundreds of files one by one — for drizzle, its pg-core too,
// which its SQLite driver drags in — costs ~15–20 % of `vanthu info`'s CPU over bundled, tree-shaken code.
const INLINE = new Set(['zod', 'drizzle-orm']);
const externalsBut = {
  name: 'externals-but-inline',
  setup(b) {
    b.onResolve({ filter: /^[@a-z]/ }, (args) => {
      const pkg = args.path
        .split('/')
        .slice(0, args.path.startsWith('@') ? 2 : 1)
        .join('/');
      return args.namespace === 'file' && !INLINE.has(pkg) ? { path: args.path, external: true } : undefined;
    });
  },
};
// zod's `z.locales` namespace holds its error messages in ~50 languages (~400 KB of the bundle, parsed
// at every start); only English (its default) and Vietnamese are kept. `z.locales.xx` for any other
// language is undefined in these bundles.
const ZOD_LOCALES = ['en', 'vi'];
const zodLocales = {
  name: 'zod-locales',
  setup(b) {
    const dir = path.join(path.dirname(require.resolve('zod/package.json')), 'v4', 'locales');
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      path.resolve(args.resolveDir, args.path) === path.join(dir, 'index.js')
        ? { path: 'zod-locales', namespace: 'zod-locales' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, () => ({
      contents: ZOD_LOCALES.map((l) => `export { default as ${l} } from './${l}.js';`).join('\n'),
      resolveDir: dir,
      loader: 'js',
    }));
  },
};
const lazy = {
  ...common,
  packages: undefined,
  plugins: [
    lazyExternals([
      ...['sharp', '@cantoo/pdf-lib', '@cantoo/fontkit', 'asn1js', 'pkijs', 'saxes', 'ws', 'electron-updater'],
      // Node's own networking, compression and threads: ~40 ms of CPU to compile at every start,
      // needed only by the hub client, eSCL scanners, clamd, edXML packages and worker pools.
      ...['node:http', 'node:https', 'node:net', 'node:zlib', 'node:worker_threads'],
    ]),
    zodLocales,
    externalsBut,
  ],
};

// The CLI is two bundles: cli.cjs (the command line: commander and each command's options and output)
// and cli-app.cjs (src-main/cli/context.ts: the app, its database, contracts and features), which
// main.ts (and account.ts, for the roles' names) import() only when a command runs. `vanthu --version` and `--help` then read, compile and
// deserialise ~1/30 of the code; bin/vanthu.cjs loads both through V8's code cache, each with its own.
const cliAppSplit = {
  name: 'cli-app-split',
  setup(b) {
    const context = path.resolve('src-main/cli/context.ts');
    b.onResolve({ filter: /\/context$/ }, (args) =>
      args.kind === 'dynamic-import' && `${path.resolve(args.resolveDir, args.path)}.ts` === context
        ? { path: './cli-app.cjs', external: true }
        : undefined,
    );
  },
};

// The CLI bundle runs from V8's code cache (bin/vanthu.cjs), and in Node 20 a function restored from
// that cache cannot run `import()` ("A dynamic import callback was not specified"). So the CLI bundle
// has none: esbuild turns each into a require() — of a CommonJS package as before, and of an ES module
// (pdf.js, imported by file URL) through Node's require(esm) (Node ≥ 20.19, as package.json requires),
// the banner teaching `require` the file: URLs that import() took.
const cli = {
  ...lazy,
  plugins: [cliAppSplit, ...lazy.plugins],
  supported: { 'dynamic-import': false },
  banner: {
    js: [
      '"use strict";',
      '/* import() -> require(): see scripts/build-node.mjs */',
      'require = ((req) => Object.assign((id) => req(typeof id === "string" && id.startsWith("file:") ? req("node:url").fileURLToPath(id) : id), req))(require);',
    ].join('\n'),
  },
};

/**
 * `import fs from 'node:fs'` in each of ~50 modules becomes `__toESM(require("node:fs"))` in each: a
 * fresh copy of fs's hundred properties as getters, every start — about 7 % of `vanthu info`'s CPU
 * with path, crypto and os. One copy per built-in is enough (built-ins never change shape), so each
 * such call is rewritten to a memoised helper, declared on the line of esbuild's own `__toESM` (no
 * line moves: the source map stays exact). Without esbuild's helper text the bundle is left as is.
 */
function shareBuiltinNamespaces(file) {
  const code = fs.readFileSync(file, 'utf8');
  const anchor = /^var __toESM = [^\n]*\n(?:[^\n]*\n)*?\)\);$/m.exec(code);
  if (!anchor) {
    process.stderr.write(`build-node: no __toESM helper in ${file}; built-in namespaces left unshared\n`);
    return;
  }
  const end = anchor.index + anchor[0].length;
  const helper = ' var __builtinESM = ((seen) => (id) => seen.get(id) ?? seen.set(id, __toESM(require(id))).get(id))(new Map());';
  const body = code.slice(end).replace(/__toESM\(require\(("node:[a-z_/]+")\)\)/g, '__builtinESM($1)');
  fs.writeFileSync(file, code.slice(0, end) + helper + body);
}

await Promise.all([
  build({ ...lazy, entryPoints: { electron: 'src-main/electron/main.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' } }),
  build({ ...common, entryPoints: { preload: 'src-main/preload/preload.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' } }),
  build({ ...cli, entryPoints: { cli: 'src-main/cli/entry.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' } }),
  build({
    ...cli,
    plugins: lazy.plugins,
    entryPoints: { 'cli-app': 'src-main/cli/context.ts' },
    outdir: 'dist/main',
    outExtension: { '.js': '.cjs' },
  }),
  build({ ...lazy, entryPoints: { serve: 'src-main/bridge/serve.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' } }),
  // Image assembly and deskew run in a worker thread; the intake feature finds this bundle beside it.
  build({
    ...common,
    entryPoints: { 'intake-worker': 'src-main/features/intake/worker/intake.worker.ts' },
    outdir: 'dist/main',
    outExtension: { '.js': '.cjs' },
  }),
  // audit.verify, register-book rendering, PDF reading, signature checks and backups run in their own
  // worker thread; create-app finds it beside it. Each task needs only some of the libraries (printing a
  // book never touches sharp or pkijs), and the worker starts for every printed book, audit check and
  // backup: bundled like the CLI (lazy libraries, zod and drizzle inlined) it starts in about a third
  // of the CPU (~250 ms instead of ~720 ms on the 2-core test machine).
  build({
    ...lazy,
    entryPoints: { 'long-work-worker': 'src-main/app/long-work.worker.ts' },
    outdir: 'dist/main',
    outExtension: { '.js': '.cjs' },
  }),
]);
for (const bundle of ['cli', 'cli-app', 'electron', 'serve']) shareBuiltinNamespaces(`dist/main/${bundle}.cjs`);
