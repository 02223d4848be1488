/**
 * The one check an outgoing document passes before it leaves through the hub: never a mật document,
 * a restricted category only once confirmed, and every file scanned (release-scan). The exchange
 * feature calls it through its `beforeRelease` hook.
 */
import type { RegisterEntry } from '../../../src-shared/contracts/register.contract';
import { assertMayGoThroughHub } from './hub-guard';
import type { ReleaseScan } from './release-scan';

export function createReleaseGate(scan: Pick<ReleaseScan, 'scanBeforeRelease'>) {
  return async (entry: RegisterEntry, opts: { confirmed?: boolean | undefined }): Promise<string[]> => {
    assertMayGoThroughHub(entry, opts);
    return scan.scanBeforeRelease(entry.File ? [entry.File.sha256] : []);
  };
}
