import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HSM_TEMPLATE_ENV, HSM_TEMPLATE_PARTS } from './softhsm';

/**
 * Integration tests drive the real CLI and browser-mode bundles: build the Node side every run
 * (about a second) and the renderer once if it was never built (`npm test` builds it before).
 * Also starts, in the background, the one SoftHSM token and test PKI that the signing test files
 * copy (see setupSoftHsm): the first of them waits for it, the others find it ready.
 */
export default function setup(): () => void {
  const root = path.resolve(__dirname, '..', '..');
  const template = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-hsm-template-'));
  // Workers are started after this returns, so they inherit the variable.
  process.env[HSM_TEMPLATE_ENV] = template;
  const log = fs.openSync(path.join(template, 'setup.log'), 'w');
  const hsm = spawn('bash', [path.join(__dirname, 'softhsm-setup.sh'), path.join(template, HSM_TEMPLATE_PARTS.token)], {
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  const mark = (part: string) => fs.writeFileSync(path.join(template, part), '');
  hsm.once('error', () => mark(HSM_TEMPLATE_PARTS.failed));
  hsm.once('exit', (code) => mark(code === 0 ? HSM_TEMPLATE_PARTS.done : HSM_TEMPLATE_PARTS.failed));

  execFileSync(process.execPath, [path.join(root, 'scripts', 'build-node.mjs')], { cwd: root, stdio: 'inherit' });
  if (!fs.existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
    execFileSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  return () => {
    if (hsm.exitCode === null) hsm.kill('SIGKILL');
    fs.rmSync(template, { recursive: true, force: true });
  };
}
