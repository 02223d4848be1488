/**
 * Error texts — any error about a file, the window's bridge, the router, signing in, sessions,
 * permissions and accounts. Merged in index.ts.
 */
import type { ErrorKind } from '../errors';

export const COMMON_TEXTS = {
  // Any error prefixed with the file it is about; `inner` is the original key, its text follows.
  'common.inFile': { kind: 'Validation', vi: 'Tệp "{{name}}": {{inner}}' },
  // A row an import refuses, in the list its error carries (errors.ts rowListError): its reasons follow.
  'common.rowRefused': { kind: 'Validation', vi: 'Dòng {{row}}: {{reasons}}' },
  'common.rowColumnRefused': { kind: 'Validation', vi: 'Dòng {{row}}, cột {{column}} ({{header}}): {{reasons}}' },
  'common.rowRefusedInList': { kind: 'Validation', vi: 'dòng {{row}}: {{reasons}}' },
  // The window's own bridge: the main process did not answer, or answered something unreadable.
  'bridge.offline': { kind: 'Offline', vi: 'Mất kết nối tới tiến trình chính của vanthu.' },
  'bridge.badResponse': { kind: 'Internal', vi: 'Phản hồi không hợp lệ (HTTP {{status}}).' },
  // The router: every call passes here.
  'rpc.invalidInput': { kind: 'Validation', vi: 'Dữ liệu {{via:inputVia}}{{name}} không hợp lệ — {{summary}}' },
  'rpc.unknownOperation': { kind: 'NotFound', vi: 'Không có thao tác "{{name}}".' },
  'rpc.noPermissionDeclared': { kind: 'Forbidden', vi: 'Thao tác {{name}} chưa được khai báo quyền nên bị từ chối.' },
  'rpc.wrongTransport': {
    kind: 'Validation',
    vi: 'Không được gọi {{name}} từ {{transport:transport}}; chỉ dùng được từ: {{allowed:transportSet}}.{{why:transportWhy}}',
  },
  'rpc.pathFromWindow': {
    kind: 'Validation',
    vi: 'Từ {{transport:transport}} không được gửi đường dẫn tệp ({{fields}}) cho {{name}}; hãy chọn tệp để gửi nội dung của nó. Đường dẫn tệp chỉ dùng từ dòng lệnh.',
  },
  // A path field of that refusal, in its details.fields.
  'rpc.pathField': { kind: 'Validation', vi: 'đường dẫn tệp chỉ dùng từ dòng lệnh' },
  'rpc.internal': { kind: 'Internal', vi: 'Lỗi nội bộ khi thực hiện {{name}}: {{error}} (mã lỗi {{id}})' },
  'rpc.badOutput': { kind: 'Internal', vi: 'Lỗi nội bộ: kết quả của {{name}} không đúng hợp đồng. (mã lỗi {{id}})' },
  // Signing in, sessions, permissions.
  'auth.wrongCredentials': { kind: 'Unauthenticated', vi: 'Tên đăng nhập hoặc mật khẩu không đúng.' },
  'auth.lockedUntil': {
    kind: 'Unauthenticated',
    vi: 'Tài khoản đang tạm khóa vì nhập sai mật khẩu nhiều lần; hãy thử lại sau {{until}} hoặc nhờ quản trị mở khóa.',
  },
  'auth.disabled': { kind: 'Unauthenticated', vi: 'Tài khoản này đã ngừng sử dụng; hãy liên hệ quản trị.' },
  'auth.disabledSessionEnded': { kind: 'Unauthenticated', vi: 'Tài khoản này đã ngừng sử dụng; phiên làm việc đã kết thúc.' },
  'auth.signInRequired': { kind: 'Unauthenticated', vi: 'Cần đăng nhập để dùng chức năng này.' },
  'auth.sessionLocked': { kind: 'Unauthenticated', vi: 'Phiên làm việc đã khóa do không thao tác; hãy nhập lại mật khẩu.' },
  'auth.mustChangePassword': { kind: 'Unauthenticated', vi: 'Cần đổi mật khẩu trước khi tiếp tục.' },
  'auth.wrongPassword': { kind: 'Unauthenticated', vi: 'Mật khẩu không đúng.' },
  'auth.forbidden': {
    kind: 'Forbidden',
    vi: 'Tài khoản {{username}} ({{roles}}) không có quyền dùng chức năng này ({{name}}).{{why}}',
  },
  'auth.noRole': { kind: 'Forbidden', vi: 'Tài khoản chưa được giao vai trò nào.' },
  'auth.fileNotFound': { kind: 'NotFound', vi: 'Không có tệp {{sha}}.' },
} as const satisfies Record<string, { kind: ErrorKind; vi: string }>;
