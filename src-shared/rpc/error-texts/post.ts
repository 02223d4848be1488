/** Error texts — sending outgoing documents by post (sổ gửi bưu điện, envelopes). Merged in index.ts. */
import type { ErrorKind } from '../errors';

export const POST_TEXTS = {
  'post.noAgencyProfile': {
    kind: 'Conflict',
    vi: 'Chưa khai báo hồ sơ cơ quan (tên cơ quan, địa chỉ): hãy hoàn tất khởi tạo trước khi in.',
  },
  'post.notOutgoing': { kind: 'Validation', vi: 'Chỉ văn bản đi mới gửi bưu điện.' },
  'post.entryCancelled': { kind: 'Conflict', vi: 'Văn bản {{number}} đã bị hủy số; không gửi bưu điện.' },
  'post.notARecipient': {
    kind: 'Validation',
    vi: '"{{recipient}}" không có trong Nơi nhận của văn bản {{number}} (hoặc là bản lưu). Nơi nhận: {{recipients}}.',
  },
  'post.notARecipientNoList': {
    kind: 'Validation',
    vi: '"{{recipient}}" không có trong Nơi nhận của văn bản {{number}} (hoặc là bản lưu). Nơi nhận: (trống).',
  },
  'post.sentByHub': { kind: 'Conflict', vi: '"{{recipient}}" đã nhận văn bản qua trục liên thông; không cần gửi bưu điện.' },
  'post.sentInFuture': { kind: 'Validation', vi: 'Ngày chuyển {{date}} ở tương lai (hôm nay {{today}}).' },
  'post.sentBeforeIssued': { kind: 'Validation', vi: 'Ngày chuyển {{date}} trước ngày văn bản {{issued}}.' },
  'post.volumeLocked': {
    kind: 'Conflict',
    vi: 'Ngày {{date}} thuộc Quyển số {{volume}} năm {{year}} sổ gửi bưu điện đã khóa; không ghi hoặc sửa được.',
  },
  'post.unknownRecipients': { kind: 'Validation', vi: 'Không phải nơi nhận gửi bưu điện của văn bản này: {{names}}.' },
  'post.noPaperRecipients': { kind: 'Validation', vi: 'Không có nơi nhận nào gửi bằng bưu điện ({{what}}).' },
} as const satisfies Record<string, { kind: ErrorKind; vi: string }>;
