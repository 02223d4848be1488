/**
 * Error texts — accounts: who they are, passwords, their directory links and the hand-over of a
 * disabled account. Merged in index.ts.
 */
import type { ErrorKind } from '../errors';

export const ACCOUNTS_TEXTS = {
  'accounts.unitNotInDirectory': { kind: 'Validation', vi: 'Không có đơn vị {{id}} trong danh bạ.' },
  'accounts.personNotInDirectory': { kind: 'Validation', vi: 'Không có cá nhân {{id}} trong danh bạ.' },
  'accounts.handoverInvalid': {
    kind: 'Validation',
    vi: 'Không thể bàn giao cho "{{username}}": tài khoản đó không còn sử dụng hoặc là chính tài khoản bị tắt.',
  },
  'accounts.handoverNeeded': {
    kind: 'Validation',
    vi: '{{name}} còn {{count}} văn bản đang giải quyết: hãy chọn người nhận bàn giao (handoverTo).',
  },
  'accounts.handoverNoPerson': {
    kind: 'Validation',
    vi: 'Tài khoản "{{username}}" chưa gắn với cá nhân trong danh bạ nên không nhận bàn giao văn bản được.',
  },
  'accounts.noSession': { kind: 'Validation', vi: 'Cách gọi này không giữ phiên đăng nhập.' },
  'accounts.notFound': { kind: 'NotFound', vi: 'Không có tài khoản "{{username}}".' },
  'accounts.usernameTaken': { kind: 'Duplicate', vi: 'Tên đăng nhập "{{username}}" đã có.' },
  'accounts.adminExists': { kind: 'Conflict', vi: 'Đã có tài khoản quản trị; hãy đăng nhập bằng tài khoản đó.' },
  'accounts.firstMustBeAdmin': {
    kind: 'Validation',
    vi: 'Dữ liệu này chưa có tài khoản nào: tài khoản đầu tiên phải có vai trò quản trị (--role quantri) để quản lý các tài khoản sau; khi đã có tài khoản, mọi lệnh đều cần đăng nhập.',
  },
  'accounts.currentPasswordWrong': { kind: 'Validation', vi: 'Mật khẩu hiện tại không đúng.' },
  'accounts.samePassword': { kind: 'Validation', vi: 'Mật khẩu mới phải khác mật khẩu hiện tại.' },
  'accounts.passwordReused': { kind: 'Validation', vi: 'Mật khẩu mới không được trùng {{count}} mật khẩu gần nhất.' },
  'accounts.alreadyDisabled': { kind: 'Conflict', vi: 'Tài khoản "{{username}}" đã ngừng sử dụng.' },
  // The password policy (password.ts).
  'accounts.passwordTooShort': { kind: 'Validation', vi: 'Mật khẩu cần ít nhất {{min}} ký tự.' },
  'accounts.passwordNotMixed': {
    kind: 'Validation',
    vi: 'Mật khẩu cần có ít nhất ba trong bốn loại: chữ thường, chữ hoa, chữ số, ký tự đặc biệt.',
  },
  'accounts.passwordHasUsername': { kind: 'Validation', vi: 'Mật khẩu không được chứa tên đăng nhập.' },
} as const satisfies Record<string, { kind: ErrorKind; vi: string }>;
