import { startHsmTemplate } from './hsm-template';

/**
 * Playwright's global setup: the SoftHSM token template, built in the background while the first
 * spec files run, and copied by exchange.spec and signing.spec (setupSoftHsm) instead of each running
 * softhsm-setup.sh in its beforeAll. Returns the teardown.
 */
export default function setup(): () => void {
  return startHsmTemplate();
}
