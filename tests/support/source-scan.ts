import fs from 'node:fs';
import path from 'node:path';

/** Non-test .ts/.tsx files below `root` whose text contains `needle`, relative to `root` (one-way checks). */
export function sourcesContaining(root: string, needle: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') && fs.readFileSync(p, 'utf8').includes(needle)) {
        found.push(path.relative(root, p));
      }
    }
  };
  walk(root);
  return found;
}
