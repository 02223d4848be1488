import react from '@vitejs/plugin-react';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const requireHere = createRequire(import.meta.url);

// A plugin: rewrites `import { Button, Table } from 'antd'` (and the same for @ant-design/icons)
// into one import per component module, as babel-plugin-import did. The bundler assigns a module to
// the chunks that import it; through the barrel (antd/es/index.js) every component is reached from
// the shell's entry, so every screen's Table, DatePicker, Upload… would load at start-up.
// The map comes from the barrels themselves (`export { default as X } from './x'`), so an unknown
// name is left on the barrel import untouched.

function barrelMap(barrelFile: string, specifierOf: (file: string) => string): Map<string, string> {
  const map = new Map<string, string>();
  const re = /export\s*\{\s*default\s+as\s+(\w+)\s*\}\s*from\s*['"]\.\/([\w./-]+)['"]/g;
  for (const m of fs.readFileSync(barrelFile, 'utf8').matchAll(re)) map.set(m[1]!, specifierOf(m[2]!));
  return map;
}

function packageDir(name: string): string {
  return path.dirname(requireHere.resolve(`${name}/package.json`));
}

function directImports(): Plugin {
  const maps: Record<string, Map<string, string>> = {
    antd: barrelMap(path.join(packageDir('antd'), 'es', 'index.js'), (dir) => `antd/es/${dir}`),
    '@ant-design/icons': barrelMap(
      path.join(packageDir('@ant-design/icons'), 'es', 'icons', 'index.js'),
      (file) => `@ant-design/icons/es/icons/${file}`,
    ),
  };
  const importRe = /import\s*\{([^}]*)\}\s*from\s*(['"])(antd|@ant-design\/icons)\2;?/g;
  return {
    name: 'vanthu-direct-imports',
    apply: 'build',
    transform(code: string, id: string) {
      if (id.includes('/node_modules/') || !/\.[cm]?[jt]sx?$/.test(id.split('?')[0]!)) return null;
      if (!code.includes("'antd'") && !code.includes('"antd"') && !code.includes('@ant-design/icons')) return null;
      let changed = false;
      const out = code.replace(importRe, (whole: string, names: string, _q: string, pkg: string) => {
        const map = maps[pkg]!;
        const direct: string[] = [];
        const rest: string[] = [];
        for (const part of names
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)) {
          const m = /^(\w+)(?:\s+as\s+(\w+))?$/.exec(part);
          const target = m ? map.get(m[1]!) : undefined;
          if (m && target) direct.push(`import ${m[2] ?? m[1]} from '${target}';`);
          else rest.push(part);
        }
        if (direct.length === 0) return whole;
        changed = true;
        const lines = [...direct, ...(rest.length ? [`import { ${rest.join(', ')} } from '${pkg}';`] : [])].join(' ');
        // Keep the line count, so the rest of the module's source map stays exact.
        return lines + '\n'.repeat((whole.match(/\n/g) ?? []).length);
      });
      return changed ? { code: out, map: null } : null;
    },
  };
}

// VANTHU_SINGLE_CHUNK=1 builds the pre-split layout (every screen in one chunk): the peer that
// tests/bench/renderer.bench.ts measures the split build against. Never used for the shipped app.
const singleChunk = process.env.VANTHU_SINGLE_CHUNK === '1';

export default defineConfig({
  root: 'src-renderer',
  base: './',
  plugins: [react(), directImports()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      // antd and @ant-design/icons are reached through their index (barrel) modules; without this
      // every component re-exported there lands in the shell's chunk, whichever screen uses it.
      experimental: { lazyBarrel: true },
      output: singleChunk ? { codeSplitting: false } : {},
    },
  },
});
