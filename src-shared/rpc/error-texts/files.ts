/**
 * Error texts — the file store (import, purge), the holiday calendar and the release antivirus check.
 * Merged in index.ts.
 */
import type { ErrorKind } from '../errors';

export const FILES_TEXTS = {
  'files.alreadyPurged': { kind: 'Conflict', vi: 'Tệp này đã bị xóa khỏi kho lúc {{at}} ({{by}}: {{reason}}).' },
  'files.notBase64': { kind: 'Validation', vi: 'Nội dung tệp (dataBase64) không phải base64 hợp lệ.' },
  'files.tooBigForDirect': { kind: 'Validation', vi: 'Tệp quá lớn để gửi trực tiếp (tối đa {{max}} MB).' },
  'files.purgeNeedsAdmin': {
    kind: 'Forbidden',
    vi: 'Xóa hẳn tệp từ cửa sổ cần một tài khoản quản trị đã đăng nhập. Hãy tạo tài khoản (Cài đặt › Tài khoản) hoặc dùng lệnh "vanthu purge <mã tệp> --reason …".',
  },
  'calendar.unknownRules': { kind: 'Validation', vi: 'Không có quy tắc ngày nghỉ "{{rules}}".' },
  'calendar.noticeNotBase64': { kind: 'Validation', vi: 'Tệp thông báo: nội dung không phải base64 hợp lệ.' },
  'calendar.versionNotFound': {
    kind: 'NotFound',
    vi: 'Không tìm thấy phiên bản lịch {{id}}: hạn này không được tính bởi lịch của thư mục dữ liệu này.',
  },
  'safety.releaseNotInStore': { kind: 'NotFound', vi: 'Không có tệp {{sha}} trong kho; không gửi/phát hành được.' },
} as const satisfies Record<string, { kind: ErrorKind; vi: string }>;
