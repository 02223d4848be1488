/**
 * What may leave through the hub (trục liên thông). A state secret (Mật, Tối mật, Tuyệt mật) never
 * does: the state-secret law forbids sending it over a network not approved for secrets, and the
 * seed regulations (000 Điều 6.3, 002 Điều 1) keep it off the electronic channel. A category the
 * agency keeps off the channel (khen thưởng/kỷ luật, hồ sơ gốc, nhạy cảm) may go only once the
 * clerk confirms. Pure: the exchange feature calls it before it builds anything.
 */
import type { RegisterEntry } from '../../../src-shared/contracts/register.contract';
import { isStateSecret } from '../../../src-shared/domain';
import { appError } from '../../../src-shared/rpc/errors';

type GuardedEntry = Pick<RegisterEntry, 'id' | 'SoKyHieu' | 'Confidentiality' | 'ChannelRestriction'>;

/**
 * Throws unless the entry may be sent through the hub now: Validation for a mật document (always),
 * Conflict with `details.needsConfirmation` for a restricted category the clerk has not confirmed.
 */
export function assertMayGoThroughHub(entry: GuardedEntry, opts: { confirmed?: boolean | undefined } = {}): void {
  if (isStateSecret(entry.Confidentiality)) {
    const details = { field: 'entryId', entryId: entry.id, confidentiality: entry.Confidentiality };
    throw appError('safety.secretOverHub', { level: entry.Confidentiality }, details);
  }
  if (entry.ChannelRestriction && !opts.confirmed) {
    const details = { needsConfirmation: 'ChannelRestriction', channelRestriction: entry.ChannelRestriction, entryId: entry.id };
    throw entry.SoKyHieu
      ? appError('safety.restrictedNeedsConfirm', { number: entry.SoKyHieu, restriction: entry.ChannelRestriction }, details)
      : appError('safety.restrictedNeedsConfirmUnnumbered', { restriction: entry.ChannelRestriction }, details);
  }
}
