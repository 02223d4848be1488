/**
 * Error texts — the app's own footing: the data folder and its lock, the database file and its
 * migrations, the background worker, the command line and the browser-mode bridge. Merged in index.ts.
 */
import type { ErrorKind } from '../errors';

export const SYSTEM_TEXTS = {
  'system.dataDirNotWritable': {
    kind: 'Validation',
    vi: 'Không ghi được vào thư mục dữ liệu "{{dir}}": {{error}}. Hãy chọn thư mục khác hoặc cấp quyền ghi.',
  },
  'system.dataDirInUse': {
    kind: 'Conflict',
    vi: 'Thư mục dữ liệu đang được một phiên vanthu khác sử dụng ({{owner}}, PID {{pid}}). Hãy đóng phiên đó trước.',
  },
  'system.dataDirInUseByApp': {
    kind: 'Conflict',
    vi: 'Thư mục dữ liệu đang được một phiên vanthu khác sử dụng (ứng dụng, PID {{pid}}). Hãy đóng phiên đó trước.',
  },
  'system.noLock': { kind: 'Conflict', vi: 'Không lấy được khóa thư mục dữ liệu.' },
  'system.workerStopped': { kind: 'Internal', vi: 'Luồng xử lý nền dừng bất thường: {{error}}' },
  'db.damaged': {
    kind: 'Internal',
    vi: 'Tệp cơ sở dữ liệu "{{file}}" bị hỏng hoặc không phải cơ sở dữ liệu vanthu. Hãy khôi phục từ bản sao lưu; tệp hiện tại được giữ nguyên.',
  },
  'db.cannotOpen': { kind: 'Internal', vi: 'Không mở được cơ sở dữ liệu "{{file}}": {{error}}' },
  'db.migrationsMissing': { kind: 'Internal', vi: 'Thiếu tệp migrations: {{path}}. Bản cài đặt không đầy đủ.' },
  'db.newerSchema': {
    kind: 'Conflict',
    vi: 'Cơ sở dữ liệu thuộc phiên bản vanthu mới hơn (lược đồ {{current}}, ứng dụng này chỉ biết đến {{known}}). Hãy cập nhật vanthu; dữ liệu không bị thay đổi.',
  },
  'db.migrationFailed': { kind: 'Internal', vi: 'Nâng cấp cơ sở dữ liệu thất bại, không có thay đổi nào được ghi: {{error}}' },
  'cli.passwordEnvEmpty': { kind: 'Validation', vi: 'Biến môi trường {{name}} (--password-env) chưa có mật khẩu.' },
  'cli.passwordCancelled': { kind: 'Validation', vi: 'Đã hủy nhập mật khẩu.' },
  'cli.passwordTooLong': { kind: 'Validation', vi: 'Mật khẩu tối đa 256 ký tự.' },
  'cli.passwordMissing': {
    kind: 'Validation',
    vi: 'Chưa nhập mật khẩu (dùng --password-env TÊN_BIẾN khi chạy không có bàn phím).',
  },
  // The browser-mode HTTP bridge (src-main/bridge/http-bridge.ts): a request refused before any operation.
  'bridge.internal': { kind: 'Internal', vi: 'Lỗi nội bộ của cầu nối HTTP.' },
  'bridge.badHost': { kind: 'Validation', vi: 'Host không hợp lệ.' },
  'bridge.methodNotAllowed': { kind: 'Validation', vi: 'Phương thức không được hỗ trợ.' },
  'bridge.pageNotFound': { kind: 'NotFound', vi: 'Không tìm thấy {{path}}' },
  'bridge.badToken': { kind: 'Validation', vi: 'Thiếu hoặc sai mã phiên (token).' },
  'bridge.postOnly': { kind: 'Validation', vi: 'Chỉ chấp nhận POST.' },
  'bridge.tooLarge': { kind: 'Validation', vi: 'Yêu cầu quá lớn (tối đa {{max}} byte).' },
  'bridge.notJson': { kind: 'Validation', vi: 'Nội dung yêu cầu không phải JSON hợp lệ.' },
  // A stored setting that no longer reads (settings-store.ts): never replaced by its default.
  'settings.notJson': {
    kind: 'Conflict',
    vi: 'Thiết lập "{{name:setting}}" ({{name}}) trong cơ sở dữ liệu bị hỏng (không phải JSON). Phần mềm không dùng giá trị mặc định thay cho thiết lập này; hãy mở Cài đặt và lưu lại thiết lập trước khi tiếp tục.',
  },
  'settings.damaged': {
    kind: 'Conflict',
    vi: 'Thiết lập "{{name:setting}}" ({{name}}) trong cơ sở dữ liệu bị hỏng ({{problem}}). Phần mềm không dùng giá trị mặc định thay cho thiết lập này; hãy mở Cài đặt và lưu lại thiết lập trước khi tiếp tục.',
  },
  'cli.badPort': { kind: 'Validation', vi: 'Cổng không hợp lệ: {{port}}' },
} as const satisfies Record<string, { kind: ErrorKind; vi: string }>;
