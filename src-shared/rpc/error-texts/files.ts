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
  // A holiday notice file (calendar/notice-import.ts); `{{issues}}` are the contract's own words.
  'calendar.noticeNotJson': { kind: 'Validation', vi: 'Tệp "{{name}}" không phải JSON hợp lệ: {{error}}' },
  'calendar.noticeWrongShape': { kind: 'Validation', vi: 'Tệp "{{name}}" không đúng mẫu thông báo: {{issues}}' },
  'calendar.noticeTooManyRows': { kind: 'Validation', vi: 'Tệp thông báo có {{rows}} dòng, quá giới hạn {{max}} dòng.' },
  'calendar.noticeBadYear': { kind: 'Validation', vi: 'Dòng {{line}}: năm "{{value}}" không phải số.' },
  'calendar.noticeBadDate': { kind: 'Validation', vi: 'Dòng {{line}}: "{{value}}" không phải ngày (YYYY-MM-DD hoặc dd/mm/yyyy).' },
  'calendar.noticeNoReason': { kind: 'Validation', vi: 'Dòng {{line}}: thiếu lý do của ngày {{date}}.' },
  'calendar.noticeBadKind': { kind: 'Validation', vi: 'Dòng {{line}}: loại "{{value}}" không rõ; ghi "nghỉ" hoặc "làm bù".' },
  'calendar.noticeNoYear': { kind: 'Validation', vi: 'Tệp "{{name}}" không ghi năm (dòng "Năm | 2027").' },
  'calendar.noticeNoSource': {
    kind: 'Validation',
    vi: 'Tệp "{{name}}" không ghi số, ký hiệu thông báo (dòng "Số, ký hiệu | 1234/TB-BNV").',
  },
  'calendar.noticeInvalid': { kind: 'Validation', vi: 'Tệp "{{name}}": {{issues}}' },
  // Files read from a path (CLI) or sent as bytes (files.service.ts, pdf-inspect.ts).
  'files.tooLarge': { kind: 'Validation', vi: 'Tệp quá lớn ({{mb}} MB); tối đa {{max}} MB.' },
  'files.namedTooLarge': { kind: 'Validation', vi: 'Tệp "{{name}}" quá lớn ({{mb}} MB); tối đa {{max}} MB.' },
  'files.pathNotFound': { kind: 'Validation', vi: 'Không tìm thấy tệp "{{path}}".' },
  'files.pathNotAFile': { kind: 'Validation', vi: '"{{path}}" không phải là tệp.' },
  'files.pathUnreadable': { kind: 'Validation', vi: 'Không đọc được tệp "{{path}}": {{error}}.' },
  'files.pdfEmpty': { kind: 'Validation', vi: 'Tệp rỗng (0 byte), không phải văn bản PDF.' },
  'files.notPdf': { kind: 'Validation', vi: 'Tệp không phải PDF (thiếu phần đầu "%PDF-"). Hãy chọn tệp văn bản dạng PDF.' },
  'files.pdfTruncated': {
    kind: 'Validation',
    vi: 'Tệp PDF bị cắt cụt hoặc chưa tải xong (thiếu dấu kết thúc "%%EOF"). Hãy lấy lại tệp đầy đủ.',
  },
  'files.pdfPassword': {
    kind: 'Validation',
    vi: 'Tệp PDF được đặt mật khẩu (mã hóa); không thể lưu và tìm kiếm. Hãy xin bản không mật khẩu.',
  },
  'files.pdfDamaged': { kind: 'Validation', vi: 'Tệp PDF bị hỏng, không đọc được ({{error}}).' },
  'files.pdfEncrypted': {
    kind: 'Validation',
    vi: 'Tệp PDF bị mã hóa (có mật khẩu chủ sở hữu hạn chế quyền); không thể đóng dấu, ký số hay lưu trữ lâu dài. Hãy xin bản không mã hóa.',
  },
  'files.pdfTooManyPages': { kind: 'Validation', vi: 'Tệp PDF có {{pages}} trang, vượt quá {{max}} trang cho phép.' },
  'files.pdfPageDamaged': { kind: 'Validation', vi: 'Tệp PDF bị hỏng, không đọc được trang ({{error}}).' },
  // What may leave the agency (safety/*.ts).
  'safety.secretOverHub': {
    kind: 'Validation',
    vi: 'Văn bản {{level:confidentiality}} không được gửi qua trục liên thông: văn bản mật chỉ được chuyển theo quy định của pháp luật về bảo vệ bí mật nhà nước (bản giấy, qua giao liên hoặc mạng được phép truyền bí mật).',
  },
  'safety.restrictedNeedsConfirm': {
    kind: 'Conflict',
    vi: 'Văn bản {{number}} được đánh dấu "{{restriction:channelRestriction}}": quy chế của cơ quan hạn chế gửi loại này qua môi trường điện tử. Hãy xác nhận nếu vẫn gửi liên thông.',
  },
  'safety.restrictedNeedsConfirmUnnumbered': {
    kind: 'Conflict',
    vi: 'Văn bản được đánh dấu "{{restriction:channelRestriction}}": quy chế của cơ quan hạn chế gửi loại này qua môi trường điện tử. Hãy xác nhận nếu vẫn gửi liên thông.',
  },
  'safety.infected': {
    kind: 'Infected',
    vi: 'Tệp "{{name}}" nhiễm mã độc ({{signature}}, theo {{engine}}); {{purpose:scanRefused}}.',
  },
  'safety.infectedUnnamed': {
    kind: 'Infected',
    vi: 'Tệp "{{name}}" nhiễm mã độc (không rõ tên, theo {{engine}}); {{purpose:scanRefused}}.',
  },
  'safety.scanBlocked': {
    kind: 'Offline',
    vi: 'Không kiểm tra được virus cho tệp "{{name}}" ({{why:scanUnavailable}}); theo cài đặt của cơ quan, {{purpose:scanBlocked}}.',
  },
  'safety.withheldRecalled': {
    kind: 'Forbidden',
    vi: 'Tệp thuộc văn bản đến số {{number}}{{notation}} đã bị thu hồi ngày {{date}} (lý do: {{reason}}). Tệp của văn bản đã thu hồi không còn được xem hay tải về; thông tin văn bản vẫn giữ trong sổ.',
  },
  'safety.attachmentRefused': { kind: 'Infected', vi: 'Tệp đính kèm "{{name}}" bị từ chối: {{inner}}' },
  'safety.releaseNotInStore': { kind: 'NotFound', vi: 'Không có tệp {{sha}} trong kho; không gửi/phát hành được.' },
} as const satisfies Record<string, { kind: ErrorKind; vi: string }>;
