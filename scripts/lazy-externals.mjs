// esbuild plugin: npm packages that cost tens to hundreds of milliseconds to evaluate are required on
// first use instead of when the bundle starts.
//
// Why: esbuild hoists every module of the bundle into one scope, so `import sharp from 'sharp'` in any
// file reachable from the entry becomes a `require("sharp")` run at start — `vanthu --version` paid
// for sharp, pdf-lib, fontkit, pkijs… although no command but scan/sign touches them.
//
// How: an import of a listed package resolves to a small CommonJS stand-in whose exports are getters
// (names read from the real package at build time). esbuild's interop copies them as getters too, so
// the real `require()` happens on the first property read — `sharp(buf)`, `PDFDocument.load(…)`,
// `x instanceof PDFDict` — and is cached by Node after that. Semantics are those of the plain import:
// `default` is `module.default` for a package marked __esModule, else the module itself.
// Only whole-package specifiers are listed; deep imports and dynamic import() are left as they are.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const NAMESPACE = 'lazy-external';

/** The stand-in module's source for one package. */
function standIn(pkg) {
  const real = require(pkg);
  const names = Object.getOwnPropertyNames(real).filter((k) => k !== 'default' && k !== '__esModule');
  return [
    `let mod;`,
    `const load = () => (mod ??= require(${JSON.stringify(pkg)}));`,
    `Object.defineProperty(exports, '__esModule', { value: true });`,
    `Object.defineProperty(exports, 'default', { enumerable: true, get: () => { const m = load(); return m && m.__esModule ? m.default : m; } });`,
    `for (const k of ${JSON.stringify(names)}) Object.defineProperty(exports, k, { enumerable: true, get: () => load()[k] });`,
  ].join('\n');
}

/** @param {string[]} packages  */
export function lazyExternals(packages) {
  const wanted = new Set(packages);
  return {
    name: 'lazy-externals',
    setup(build) {
      build.onResolve({ filter: /^[@a-z]/ }, (args) => {
        if (!wanted.has(args.path)) return undefined;
        // The stand-in's own require() is the real, external one.
        if (args.namespace === NAMESPACE) return { path: args.path, external: true };
        return { path: args.path, namespace: NAMESPACE };
      });
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({
        contents: standIn(args.path),
        loader: 'js',
        resolveDir: process.cwd(),
      }));
    },
  };
}
