import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HSM_TEMPLATE_ENV, HSM_TEMPLATE_PARTS } from './softhsm';

/**
 * Starts, in the background, the one SoftHSM token and test PKI that the signing test files copy
 * (setupSoftHsm): a run of softhsm-setup.sh costs ~10 s of CPU (~30 s of wall on a loaded 2-core
 * machine), once per run instead of once per file. Called by Vitest's and Playwright's global setups
 * before any worker starts, so the workers inherit HSM_TEMPLATE_ENV; the first file that needs the
 * token waits for it, the later ones find it ready. The script's own shell marks done or failed, so
 * the mark does not depend on the process that started it staying alive. Returns the teardown.
 */
export function startHsmTemplate(): () => void {
  const template = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-hsm-template-'));
  process.env[HSM_TEMPLATE_ENV] = template;
  const log = fs.openSync(path.join(template, 'setup.log'), 'w');
  const script = path.join(__dirname, 'softhsm-setup.sh');
  const hsm = spawn(
    'bash',
    [
      '-c',
      // The marks are written only while the template folder exists: a short run's teardown removes it.
      'if bash "$0" "$1"; then [ -d "$2" ] && : > "$2/$3"; else [ -d "$2" ] && : > "$2/$4"; fi',
      script,
      path.join(template, HSM_TEMPLATE_PARTS.token),
      template,
      HSM_TEMPLATE_PARTS.done,
      HSM_TEMPLATE_PARTS.failed,
    ],
    { stdio: ['ignore', log, log], detached: true },
  );
  fs.closeSync(log);
  hsm.once('error', () => fs.existsSync(template) && fs.writeFileSync(path.join(template, HSM_TEMPLATE_PARTS.failed), ''));
  hsm.unref();
  return () => {
    // The script and its children (softhsm2-util, openssl) are one process group: stop them all.
    if (hsm.exitCode === null && hsm.pid !== undefined) {
      try {
        process.kill(-hsm.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    fs.rmSync(template, { recursive: true, force: true });
  };
}
