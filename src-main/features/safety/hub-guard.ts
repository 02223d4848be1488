/**
 * What may leave through the hub (trục liên thông). A state secret (Mật, Tối mật, Tuyệt mật) never
 * does: the state-secret law forbids sending it over a network not approved for secrets, and the
 * seed regulations (000 Điều 6.3, 002 Điều 1) keep it off the electronic channel. A category the
 * agency keeps off the channel (khen thưởng/kỷ luật, hồ sơ gốc, nhạy cảm) may go only once the
 * clerk confirms. Pure: the exchange feature calls it before it builds anything.
 */
import type { RegisterEntry } from '../../../src-shared/contracts/register.contract';
import { CHANNEL_RESTRICTION_LABELS, CONFIDENTIALITY_LABELS, isStateSecret } from '../../../src-shared/domain';
import { AppError } from '../../../src-shared/rpc/errors';

type GuardedEntry = Pick<RegisterEntry, 'id' | 'SoKyHieu' | 'Confidentiality' | 'ChannelRestriction'>;

/** The reason an entry can never go through the hub, or null; the UI shows it beside the disabled button. */
function hubRefusalOf(entry: Pick<RegisterEntry, 'Confidentiality'>): string | null {
  if (!isStateSecret(entry.Confidentiality)) return null;
  return `Văn bản ${CONFIDENTIALITY_LABELS[entry.Confidentiality]} không được gửi qua trục liên thông: văn bản mật chỉ được chuyển theo quy định của pháp luật về bảo vệ bí mật nhà nước (bản giấy, qua giao liên hoặc mạng được phép truyền bí mật).`;
}

/**
 * Throws unless the entry may be sent through the hub now: Validation for a mật document (always),
 * Conflict with `details.needsConfirmation` for a restricted category the clerk has not confirmed.
 */
export function assertMayGoThroughHub(entry: GuardedEntry, opts: { confirmed?: boolean | undefined } = {}): void {
  const refusal = hubRefusalOf(entry);
  if (refusal) {
    throw new AppError('Validation', refusal, { field: 'entryId', entryId: entry.id, confidentiality: entry.Confidentiality });
  }
  if (entry.ChannelRestriction && !opts.confirmed) {
    const label = CHANNEL_RESTRICTION_LABELS[entry.ChannelRestriction];
    throw new AppError(
      'Conflict',
      `Văn bản ${entry.SoKyHieu ?? ''} được đánh dấu "${label}": quy chế của cơ quan hạn chế gửi loại này qua môi trường điện tử. Hãy xác nhận nếu vẫn gửi liên thông.`.replace(
        '  ',
        ' ',
      ),
      { needsConfirmation: 'ChannelRestriction', channelRestriction: entry.ChannelRestriction, entryId: entry.id },
    );
  }
}
