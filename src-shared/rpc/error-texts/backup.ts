/** Error texts — backup and restore. Merged in index.ts. */
import type { ErrorKind } from '../errors';

export const BACKUP_TEXTS = {
  // Backup and restore.
  'backup.folderFull': {
    kind: 'Internal',
    vi: 'Sao lưu vào "{{folder}}" thất bại: thư mục sao lưu đã đầy (hết dung lượng). Các bản sao lưu trước vẫn nguyên vẹn.',
  },
  'backup.folderReadOnly': {
    kind: 'Internal',
    vi: 'Sao lưu vào "{{folder}}" thất bại: thư mục sao lưu chỉ đọc hoặc không có quyền ghi. Các bản sao lưu trước vẫn nguyên vẹn.',
  },
  'backup.folderGone': {
    kind: 'Internal',
    vi: 'Sao lưu vào "{{folder}}" thất bại: thư mục sao lưu không còn truy cập được (ổ USB bị rút hoặc mạng bị ngắt?). Các bản sao lưu trước vẫn nguyên vẹn.',
  },
  'backup.folderFailed': {
    kind: 'Internal',
    vi: 'Sao lưu vào "{{folder}}" thất bại: lỗi {{error}}. Các bản sao lưu trước vẫn nguyên vẹn.',
  },
  'backup.noFolder': { kind: 'Validation', vi: 'Chưa chọn thư mục sao lưu: hãy chọn thư mục trong Cài đặt › Sao lưu.' },
  'backup.pickOne': { kind: 'Validation', vi: 'Hãy chọn một bản sao lưu.' },
  'backup.folderInsideData': {
    kind: 'Validation',
    vi: 'Thư mục sao lưu không được nằm trong thư mục dữ liệu; hãy chọn ổ USB hoặc thư mục mạng.',
  },
  'backup.passphraseFirst': { kind: 'Validation', vi: 'Hãy đặt mật khẩu sao lưu trước khi bật mã hóa.' },
  'backup.running': { kind: 'Conflict', vi: 'Đang sao lưu; hãy đợi bản sao lưu hiện tại xong.' },
  'backup.passphraseMissing': { kind: 'Validation', vi: 'Sao lưu mã hóa cần mật khẩu: hãy đặt lại mật khẩu sao lưu.' },
  'backup.restoreIntoCurrent': {
    kind: 'Validation',
    vi: 'Không khôi phục vào thư mục dữ liệu đang dùng: hãy chọn một thư mục mới.',
  },
  'backup.notABackup': { kind: 'NotFound', vi: '"{{dir}}" không phải là bản sao lưu vanthu (không có tệp kê khai {{manifest}}).' },
  'backup.manifestTooBig': { kind: 'Validation', vi: 'Tệp kê khai "{{file}}" quá lớn; đây không phải bản sao lưu vanthu.' },
  'backup.manifestBroken': {
    kind: 'Validation',
    vi: 'Tệp kê khai của bản sao lưu "{{dir}}" bị hỏng hoặc bị cắt cụt; không dùng được bản sao lưu này.',
  },
  'backup.newerFormat': {
    kind: 'Conflict',
    vi: 'Bản sao lưu "{{dir}}" do phiên bản vanthu mới hơn tạo (định dạng {{format}}). Hãy cập nhật vanthu.',
  },
  'backup.manifestInvalid': { kind: 'Validation', vi: 'Tệp kê khai của bản sao lưu "{{dir}}" không hợp lệ: {{problem}}.' },
  'backup.passphraseNeeded': { kind: 'Validation', vi: 'Bản sao lưu này được mã hóa: hãy nhập mật khẩu sao lưu.' },
  'backup.manifestTampered': {
    kind: 'Validation',
    vi: 'Tệp kê khai của bản sao lưu "{{dir}}" bị sửa đổi (mã xác thực không khớp).',
  },
  'backup.folderUnreadable': {
    kind: 'NotFound',
    vi: 'Không đọc được thư mục sao lưu "{{folder}}" (không tồn tại hoặc không truy cập được).',
  },
  'backup.databaseUnreadable': { kind: 'Validation', vi: 'Cơ sở dữ liệu trong bản sao lưu không mở được: {{error}}.' },
  'backup.hashMismatch': {
    kind: 'Validation',
    vi: 'Bản sao lưu bị hỏng hoặc bị sửa đổi: {{what}} không khớp mã băm trong tệp kê khai.',
  },
  'backup.newerVersion': {
    kind: 'Conflict',
    vi: 'Bản sao lưu do vanthu {{version}} (lược đồ {{schema}}) tạo, mới hơn phiên bản này ({{current}}, lược đồ {{currentSchema}}). Hãy cập nhật vanthu rồi khôi phục.',
  },
  'backup.otherAgency': {
    kind: 'Conflict',
    vi: 'Bản sao lưu này của cơ quan khác: "{{name}}" (mã {{code}}), không phải cơ quan đang dùng (mã {{current}}). Hãy xác nhận nếu vẫn muốn khôi phục vào một thư mục mới.',
  },
  'backup.targetNotEmpty': {
    kind: 'Validation',
    vi: 'Thư mục "{{target}}" đã có dữ liệu. Khôi phục chỉ ghi vào một thư mục mới (chưa có hoặc trống), không bao giờ ghi đè dữ liệu hiện có.',
  },
  'backup.fileMissing': { kind: 'Validation', vi: 'Bản sao lưu không đầy đủ: thiếu tệp "{{path}}".' },
  'backup.notAFolder': { kind: 'Validation', vi: '"{{folder}}" không phải là thư mục.' },
  'backup.dataFileBroken': {
    kind: 'Internal',
    vi: 'Tệp "{{path}}" trong thư mục dữ liệu bị hỏng (nội dung không khớp mã băm). Hãy chạy kiểm tra dữ liệu; bản sao lưu không được tạo.',
  },
  'backup.folderLocked': { kind: 'Conflict', vi: 'Một bản sao lưu khác đang được ghi vào "{{folder}}". Hãy thử lại sau khi nó xong.' },
  'backup.badPath': { kind: 'Validation', vi: 'Bản sao lưu bị sửa đổi: đường dẫn tệp "{{path}}" không hợp lệ.' },
  'backup.keyFileBroken': {
    kind: 'Validation',
    vi: 'Tệp khóa "{{file}}" của thư mục sao lưu bị hỏng; hãy sao lưu mã hóa vào một thư mục khác.',
  },
  'backup.otherPassphrase': {
    kind: 'Validation',
    vi: 'Thư mục sao lưu này đã có bản sao lưu mã hóa bằng một mật khẩu khác. Hãy dùng đúng mật khẩu đó hoặc chọn thư mục sao lưu khác.',
  },
  'backup.folderGoneFromList': {
    kind: 'Validation',
    vi: 'Thư mục đã chọn không còn trong danh sách (ổ bị rút?). Hãy tải lại danh sách rồi chọn lại.',
  },
  'backup.noFolderPicker': {
    kind: 'Validation',
    vi: 'Cửa sổ trình duyệt không mở được hộp chọn thư mục: hãy chọn một thư mục trong danh sách.',
  },
  'backup.wrongPassphrase': {
    kind: 'Validation',
    vi: 'Sai mật khẩu sao lưu: không mở được khóa của bản sao lưu. Hãy nhập đúng mật khẩu đã dùng khi sao lưu.',
  },
  'backup.readBackMismatch': {
    kind: 'Internal',
    vi: 'Một phần cơ sở dữ liệu đọc lại từ thư mục sao lưu không khớp; bản sao lưu không được tạo.',
  },
  'backup.fileDamaged': { kind: 'Validation', vi: 'Bản sao lưu bị hỏng hoặc bị sửa đổi: tệp "{{file}}" {{flaw:backupFlaw}}.' },
  'backup.dbNotIntact': { kind: 'Validation', vi: 'Cơ sở dữ liệu trong bản sao lưu không toàn vẹn: {{error}}.' },
  'backup.fileReadBackMismatch': {
    kind: 'Internal',
    vi: 'Tệp "{{path}}" đọc lại từ thư mục sao lưu không khớp; bản sao lưu không được tạo.',
  },
  'backup.dbShrank': { kind: 'Internal', vi: 'Cơ sở dữ liệu ngắn hơn kích thước của nó khi sao lưu; hãy thử lại.' },
  'backup.missingChunk': { kind: 'Validation', vi: 'Bản sao lưu không đầy đủ: thiếu phần {{index}} của cơ sở dữ liệu.' },
  'backup.dbTooSmall': { kind: 'Validation', vi: 'Bản sao lưu bị hỏng hoặc bị sửa đổi: cơ sở dữ liệu không đủ kích thước.' },
} as const satisfies Record<string, { kind: ErrorKind; vi: string }>;
