// Bundles the Node side (Electron main, preload, CLI, browser-mode server) into dist/main/*.cjs.
// Our own code is bundled (no TypeScript loader at run time); npm packages stay external and load
// from node_modules, which electron-builder ships: native modules (better-sqlite3, pkcs11js, sharp)
// and packages with worker files or data (pdfjs-dist, tesseract.js) must not be inlined anyway.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  packages: 'external',
};

await Promise.all([
  build({ ...common, entryPoints: { electron: 'src-main/electron/main.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' } }),
  build({ ...common, entryPoints: { preload: 'src-main/preload/preload.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' } }),
  build({ ...common, entryPoints: { cli: 'src-main/cli/entry.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' } }),
  build({ ...common, entryPoints: { serve: 'src-main/bridge/serve.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' } }),
  // Image assembly and deskew run in a worker thread; the intake feature finds this bundle beside it.
  build({ ...common, entryPoints: { 'intake-worker': 'src-main/features/intake/worker/intake.worker.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' } }),
  // audit.verify and register-book rendering run in their own worker thread; create-app finds it beside it.
  build({ ...common, entryPoints: { 'long-work-worker': 'src-main/app/long-work.worker.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' } }),
]);
