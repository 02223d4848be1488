// Bundles the Node side (Electron main, preload, CLI, browser-mode server) into dist/main/*.cjs.
// Native and Electron-provided modules stay external; everything else is bundled so the packaged
// app starts fast and the CLI works from a checkout without a TypeScript loader.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3', 'electron-updater', 'bufferutil', 'utf-8-validate'],
};

await Promise.all([
  build({ ...common, entryPoints: { electron: 'src-main/electron/main.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' } }),
  build({ ...common, entryPoints: { preload: 'src-main/preload/preload.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' } }),
  build({ ...common, entryPoints: { cli: 'src-main/cli/entry.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' } }),
  build({ ...common, entryPoints: { serve: 'src-main/bridge/serve.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' } }),
]);
