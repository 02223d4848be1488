// Bundles the Node side (Electron main, preload, CLI, browser-mode server) into dist/main/*.cjs.
// Our own code is bundled (no TypeScript loader at run time); npm packages stay external and load
// from node_modules, which electron-builder ships: native modules (better-sqlite3, pkcs11js, sharp)
// and packages with worker files or data (pdfjs-dist, tesseract.js) must not be inlined anyway.
import { build } from 'esbuild';
import { lazyExternals } from './lazy-externals.mjs';

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
// and the browser-mode server start without evaluating them. The worker uses them at once anyway.
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
const lazy = {
  ...common,
  packages: undefined,
  plugins: [
    lazyExternals(['sharp', '@cantoo/pdf-lib', '@cantoo/fontkit', 'asn1js', 'pkijs', 'saxes', 'ws', 'electron-updater']),
    externalsBut,
  ],
};

await Promise.all([
  build({ ...lazy, entryPoints: { electron: 'src-main/electron/main.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' } }),
  build({ ...common, entryPoints: { preload: 'src-main/preload/preload.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' } }),
  build({ ...lazy, entryPoints: { cli: 'src-main/cli/entry.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' } }),
  build({ ...lazy, entryPoints: { serve: 'src-main/bridge/serve.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' } }),
  // Image assembly and deskew run in a worker thread; the intake feature finds this bundle beside it.
  build({
    ...common,
    entryPoints: { 'intake-worker': 'src-main/features/intake/worker/intake.worker.ts' },
    outdir: 'dist/main',
    outExtension: { '.js': '.cjs' },
  }),
  // audit.verify and register-book rendering run in their own worker thread; create-app finds it beside it.
  build({
    ...common,
    entryPoints: { 'long-work-worker': 'src-main/app/long-work.worker.ts' },
    outdir: 'dist/main',
    outExtension: { '.js': '.cjs' },
  }),
]);
