/**
 * The error catalog: each key a clerk can meet, its kind and its Vietnamese text (`{{name}}` marks a
 * param). The main process words its errors from here (`appError` in errors.ts), the CLI and the
 * logs show that Vietnamese text, and the window shows the text of its language for the same key
 * (English in src-renderer/i18n/errors.en.ts). Keys are stable: rename one only with its English.
 * No zod, no Node: the window's start-up chunk imports this file.
 */
import { SCAN_ERROR_CODES, SCAN_ERROR_TEXTS } from '../contracts/intake-scan-error-texts';
import type { ErrorKind } from './errors';

export type ErrorParams = Readonly<Record<string, string | number>>;

const TEXTS = {
  // Any error prefixed with the file it is about; `inner` is the original key, its text follows.
  'common.inFile': { kind: 'Validation', vi: 'Tệp "{{name}}": {{inner}}' },

  // The window's own bridge: the main process did not answer, or answered something unreadable.
  'bridge.offline': { kind: 'Offline', vi: 'Mất kết nối tới tiến trình chính của vanthu.' },
  'bridge.badResponse': { kind: 'Internal', vi: 'Phản hồi không hợp lệ (HTTP {{status}}).' },

  // The router: every call passes here.
  'rpc.invalidInput': { kind: 'Validation', vi: 'Dữ liệu {{what}} không hợp lệ — {{summary}}' },
  'rpc.unknownOperation': { kind: 'NotFound', vi: 'Không có thao tác "{{name}}".' },
  'rpc.noPermissionDeclared': { kind: 'Forbidden', vi: 'Thao tác {{name}} chưa được khai báo quyền nên bị từ chối.' },
  'rpc.wrongTransport': {
    kind: 'Validation',
    vi: 'Không được gọi {{name}} từ {{transport}}; chỉ dùng được từ: {{allowed}}.{{why}}',
  },
  'rpc.pathFromWindow': {
    kind: 'Validation',
    vi: 'Từ {{transport}} không được gửi đường dẫn tệp ({{fields}}) cho {{name}}; hãy chọn tệp để gửi nội dung của nó. Đường dẫn tệp chỉ dùng từ dòng lệnh.',
  },
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

  // The register: numbering, finding, cancelling.
  'register.busy': {
    kind: 'Conflict',
    vi: 'Sổ đăng ký đang được một phiên khác ghi; hãy thử lại sau giây lát. Chưa có số nào được cấp.',
  },
  'register.numberTaken': {
    kind: 'Conflict',
    vi: 'Số này đã được cấp cho văn bản khác (trùng số trong năm); không có gì được ghi.',
  },
  'register.entryHidden': { kind: 'NotFound', vi: 'Không tìm thấy văn bản.' },
  'register.entryNotFound': { kind: 'NotFound', vi: 'Không tìm thấy văn bản có mã {{id}} trong sổ.' },
  'register.alreadyCancelled': { kind: 'Conflict', vi: 'Số {{number}} đã bị hủy trước đó ({{at}}).' },
  'register.correctCancelled': { kind: 'Conflict', vi: 'Số đã bị hủy; không đính chính văn bản đã hủy số.' },
  'register.numberingLocked': {
    kind: 'Conflict',
    vi: 'Năm {{year}} đã cấp {{issued}} số văn bản đi theo cách đánh số hiện tại; chỉ đổi cách đánh số được trước khi cấp số đầu tiên của năm.',
  },
  'register.noAgencyProfile': {
    kind: 'Conflict',
    vi: 'Chưa khai báo hồ sơ cơ quan (tên, chữ viết tắt): hãy hoàn tất khởi tạo trước khi cấp số văn bản đi.',
  },
  'register.searchEmpty': { kind: 'Validation', vi: 'Nhập ít nhất một từ hoặc số để tìm (q).' },

  // The workflow of an incoming document (trình, chỉ đạo, chuyển, giải quyết).
  'workflow.entryNotFound': { kind: 'NotFound', vi: 'Không có văn bản với mã {{id}} trong sổ.' },
  'workflow.notIncoming': { kind: 'Validation', vi: 'Văn bản {{id}} là văn bản đi; chỉ văn bản đến mới có trình, chỉ đạo, chuyển.' },
  'workflow.stepBeforeArrival': { kind: 'Validation', vi: 'Thời điểm của bước {{date}} trước ngày đến của văn bản ({{arrival}}).' },
  'workflow.handOverBeforeArrival': { kind: 'Validation', vi: 'Ngày chuyển {{date}} trước ngày đến của văn bản ({{arrival}}).' },
  'workflow.presentToPerson': { kind: 'Validation', vi: 'Trình văn bản cho một lãnh đạo (cá nhân), không phải cho đơn vị.' },
  'workflow.noRecipients': {
    kind: 'Validation',
    vi: 'Chưa có đơn vị hoặc người nhận: hãy ghi ý kiến chỉ đạo (hoặc chuyển thẳng) hoặc chọn nơi nhận.',
  },
  'workflow.unitLeaderIsPerson': {
    kind: 'Validation',
    vi: 'Ý kiến của lãnh đạo đơn vị do một người (lãnh đạo đơn vị) cho, không phải một đơn vị.',
  },
  'workflow.assignToPerson': { kind: 'Validation', vi: 'Lãnh đạo đơn vị giao cho một cá nhân, không phải cho đơn vị.' },
  'workflow.dueNeedsAssignee': { kind: 'Validation', vi: 'Thời hạn giải quyết đối với cá nhân cần ghi cá nhân được giao.' },
  'workflow.extensionNeedsDue': { kind: 'Validation', vi: 'Gia hạn cần hạn mới (dueDate) hoặc số ngày làm việc (dueInWorkingDays).' },
  'workflow.replyMissing': { kind: 'Validation', vi: 'Hoàn thành bằng văn bản trả lời: hãy chọn văn bản đi trả lời (replyEntryId).' },
  'workflow.replyNotFound': { kind: 'NotFound', vi: 'Văn bản trả lời: không có văn bản với mã {{id}} trong sổ của cơ quan.' },
  'workflow.replyNotOutgoing': {
    kind: 'Validation',
    vi: 'Văn bản trả lời phải là một văn bản đi của cơ quan; văn bản đã chọn là văn bản đến.',
  },
  'workflow.replyCancelled': { kind: 'Validation', vi: 'Văn bản trả lời đã chọn là số văn bản đi đã hủy.' },
  'workflow.noActionNeedsReason': { kind: 'Validation', vi: 'Hoàn thành "không phải giải quyết" cần ghi lý do.' },
  'workflow.noProjection': { kind: 'Internal', vi: 'Văn bản {{id}} chưa có dòng theo dõi giải quyết (incoming_workflow).' },
  'workflow.staleStep': { kind: 'Conflict', vi: 'Văn bản vừa được ghi thêm bước xử lý khác; hãy tải lại rồi ghi lại.' },
  'workflow.unknownUnit': {
    kind: 'NotFound',
    vi: '{{label}}: không có đơn vị "{{name}}" trong danh bạ nội bộ. Hãy thêm đơn vị này vào danh bạ rồi ghi lại.',
  },
  'workflow.unknownPerson': {
    kind: 'NotFound',
    vi: '{{label}}: không có cán bộ "{{name}}" trong danh bạ nội bộ. Hãy thêm cán bộ này vào danh bạ rồi ghi lại.',
  },
  'workflow.inactiveUnit': { kind: 'Validation', vi: '{{label}}: đơn vị "{{name}}" đã ngừng hoạt động trong danh bạ.' },
  'workflow.inactivePerson': { kind: 'Validation', vi: '{{label}}: cán bộ "{{name}}" đã ngừng hoạt động trong danh bạ.' },
  'workflow.ambiguousUnit': {
    kind: 'Validation',
    vi: '{{label}}: có {{count}} đơn vị tên "{{name}}" trong danh bạ; hãy chọn trong danh sách gợi ý (theo mã).',
  },
  'workflow.ambiguousPerson': {
    kind: 'Validation',
    vi: '{{label}}: có {{count}} cán bộ tên "{{name}}" trong danh bạ; hãy chọn trong danh sách gợi ý (theo mã).',
  },
  'workflow.assigneeStepNotAllowed': {
    kind: 'Forbidden',
    vi: 'Chuyên viên chỉ ghi được tiến độ giải quyết và hoàn thành của văn bản được giao; bước "{{step}}" là việc của văn thư và lãnh đạo.',
  },
  'workflow.completeNotLead': {
    kind: 'Forbidden',
    vi: 'Chỉ người hoặc đơn vị chủ trì (hoặc được chuyển văn bản) mới ghi được hoàn thành; văn bản này không giao cho bạn chủ trì.',
  },
  'workflow.progressNotAssigned': {
    kind: 'Forbidden',
    vi: 'Văn bản này không giao cho bạn hoặc đơn vị của bạn giải quyết (chủ trì, phối hợp) nên không ghi được tiến độ.',
  },
  'workflow.noProcess': { kind: 'Validation', vi: 'Văn bản {{id}} là văn bản đi, không có quy trình giải quyết văn bản đến.' },
  'workflow.fromAfterTo': { kind: 'Validation', vi: 'Từ ngày phải trước hoặc bằng đến ngày.' },

  // The internal directory (units and staff).
  'directory.unitNotFound': { kind: 'NotFound', vi: 'Không có đơn vị với mã {{id}} trong danh bạ.' },
  'directory.personNotFound': { kind: 'NotFound', vi: 'Không có cán bộ với mã {{id}} trong danh bạ.' },
  'directory.unitExists': { kind: 'Duplicate', vi: 'Đã có đơn vị "{{name}}" trong danh bạ.' },
  'directory.parentIsSelf': { kind: 'Validation', vi: 'Đơn vị cấp trên không được là chính đơn vị này.' },
  'directory.parentIsChild': { kind: 'Validation', vi: 'Đơn vị cấp trên không được là một đơn vị trực thuộc của chính đơn vị này.' },
  'directory.fileNotBase64': { kind: 'Validation', vi: 'Tệp danh bạ: nội dung không phải base64 hợp lệ.' },
  'directory.missingColumnUnits': {
    kind: 'Validation',
    vi: 'Tệp danh bạ đơn vị: dòng 1 thiếu cột "{{column}}". Các cột nhận: {{columns}}.',
  },
  'directory.missingColumnPeople': {
    kind: 'Validation',
    vi: 'Tệp danh bạ cán bộ: dòng 1 thiếu cột "{{column}}". Các cột nhận: {{columns}}.',
  },
  'directory.importErrorsUnits': { kind: 'Validation', vi: 'Tệp danh bạ đơn vị có {{count}} lỗi; chưa nhập dòng nào.\n{{errors}}' },
  'directory.importErrorsPeople': { kind: 'Validation', vi: 'Tệp danh bạ cán bộ có {{count}} lỗi; chưa nhập dòng nào.\n{{errors}}' },

  // Signing on a token.
  'token.pinWrong': { kind: 'Validation', vi: 'Mã PIN không đúng.' },
  'token.pinWrongFinal': { kind: 'Validation', vi: 'Mã PIN không đúng. Chỉ còn MỘT lần thử: nhập sai lần nữa token sẽ bị khóa.' },
  'token.pinWrongLow': { kind: 'Validation', vi: 'Mã PIN không đúng. Số lần thử còn lại đã giảm; token VGCA khóa sau 3 lần sai.' },
  'token.locked': {
    kind: 'TokenLocked',
    vi: 'Token đã bị khóa do nhập sai mã PIN quá số lần cho phép. Liên hệ tổ chức cung cấp chứng thư số (Ban Cơ yếu / nhà cung cấp) để mở khóa; không thử PIN thêm.',
  },
  'token.pinExpired': {
    kind: 'Validation',
    vi: 'Mã PIN đã hết hạn: đổi PIN bằng công cụ quản lý token của nhà cung cấp rồi ký lại.',
  },
  'token.pinCancelled': { kind: 'Validation', vi: 'Việc nhập PIN trên thiết bị đã bị hủy.' },
  'token.removed': {
    kind: 'NotFound',
    vi: 'Không còn kết nối với token (token đã bị rút ra hoặc lỗi thiết bị). Cắm lại token rồi thử lại.',
  },
  'token.loginRequired': { kind: 'Validation', vi: 'Token yêu cầu đăng nhập bằng PIN trước khi ký.' },
  'token.failed': { kind: 'Internal', vi: 'Lỗi token khi {{during}}: {{error}}' },
  'token.notFound': { kind: 'NotFound', vi: 'Không thấy token "{{token}}". Token đang cắm: {{seen}}.' },
  'token.noneFound': { kind: 'NotFound', vi: 'Không thấy token "{{token}}". Token đang cắm: (không có).' },
  'token.sessionClosed': { kind: 'Conflict', vi: 'Phiên làm việc với token đã đóng.' },
  'token.pinNeeded': { kind: 'Validation', vi: 'Cần nhập PIN trước khi ký.' },
  'token.pinEachSignature': { kind: 'Validation', vi: 'Khóa này yêu cầu nhập PIN cho mỗi lần ký.' },
  'token.noCertificate': { kind: 'NotFound', vi: 'Token không có chứng thư số với CKA_ID {{keyId}}.' },
  'token.noPrivateKey': { kind: 'NotFound', vi: 'Token không có khóa bí mật đi kèm chứng thư CKA_ID {{keyId}}.' },
  'token.keyTypeUnsupported': { kind: 'Validation', vi: 'Khóa trên token có loại {{type}} không được hỗ trợ (chỉ RSA hoặc ECDSA).' },
  'token.keyMismatch': {
    kind: 'Validation',
    vi: 'Khóa bí mật trên token (CKA_ID {{keyId}}) không khớp với chứng thư số đi kèm; không ký.',
  },
  'signing.finalTryConfirm': {
    kind: 'Conflict',
    vi: 'Chỉ còn MỘT lần thử PIN trước khi token bị khóa. Kiểm tra kỹ mã PIN rồi xác nhận để thử.',
  },
  'signing.noCertificate': { kind: 'NotFound', vi: 'Token không có chứng thư với CKA_ID {{keyId}}.' },
  'signing.chooseCertificate': { kind: 'Validation', vi: 'Token có {{count}} chứng thư ký số; chọn một (CKA_ID): {{list}}.' },
  'signing.noModule': { kind: 'Validation', vi: 'Chưa chọn thư viện PKCS#11 của token; chọn ở mục "Token ký số".' },
  'signing.entryNotFound': { kind: 'NotFound', vi: 'Không có văn bản {{id}} trong sổ.' },
  'signing.entryCancelled': { kind: 'Conflict', vi: 'Văn bản này đã bị hủy số trong sổ; không ký số văn bản đã hủy.' },
  'signing.notCurrent': {
    kind: 'Conflict',
    vi: 'Tệp này không phải bản mới nhất của văn bản (đã có bản ký sau đó, hoặc tệp thuộc văn bản khác). Tải lại danh sách rồi ký trên bản mới nhất.',
  },
  'signing.signedElsewhere': {
    kind: 'Conflict',
    vi: 'Bản này vừa được ký ở phiên khác; tải lại danh sách rồi ký trên bản mới nhất.',
  },
  'signing.certificateExpired': {
    kind: 'Validation',
    vi: 'Chứng thư số "{{name}}" không còn hiệu lực ({{from}} – {{to}}); không thể ký.',
  },
  'signing.certificateNotForSigning': {
    kind: 'Validation',
    vi: 'Chứng thư số "{{name}}" không dùng để ký (thiếu digitalSignature/nonRepudiation).',
  },
  'signing.failed': { kind: 'Internal', vi: 'Lỗi khi ký: {{error}}' },

  // Electronic exchange (liên thông).
  'exchange.noAgencyProfile': {
    kind: 'Validation',
    vi: 'Chưa có hồ sơ cơ quan (mã định danh): hãy hoàn tất "vanthu init" trước khi gửi văn bản liên thông.',
  },
  'exchange.onlyOutgoing': { kind: 'Validation', vi: 'Chỉ gửi liên thông được văn bản đi.' },
  'exchange.entryCancelled': { kind: 'Conflict', vi: 'Văn bản {{number}} đã bị hủy số; không gửi được.' },
  'exchange.entryRecalled': {
    kind: 'Conflict',
    vi: 'Văn bản {{number}} đã bị thu hồi ngày {{date}} (lý do: {{reason}}); không gửi được nữa.',
  },
  'exchange.noNumber': { kind: 'Validation', vi: 'Văn bản đi chưa có số, ký hiệu; không gửi liên thông được.' },
  'exchange.noFile': {
    kind: 'Validation',
    vi: 'Văn bản {{number}} chưa có tệp PDF; hãy đính kèm tệp trước khi gửi liên thông.',
  },
  'exchange.sendToSelf': { kind: 'Validation', vi: 'Nơi nhận {{code}} là chính cơ quan mình.' },
  'exchange.unknownRecipients': {
    kind: 'Validation',
    vi: 'Không có trong danh bạ trục liên thông: {{codes}}. Hãy tải lại danh bạ cơ quan rồi chọn lại nơi nhận.',
  },
  'exchange.inboxNotFound': { kind: 'NotFound', vi: 'Không có gói tin đến với mã {{id}}.' },
  'exchange.inboxIsStatus': { kind: 'Validation', vi: 'Gói tin này là gói trạng thái, không phải văn bản; không vào sổ được.' },
  'exchange.registeredButMissing': {
    kind: 'Conflict',
    vi: 'Văn bản này đã vào sổ (số đến {{number}}) nhưng không tìm thấy bản ghi trong sổ.',
  },
  'exchange.inboxState': {
    kind: 'Conflict',
    vi: 'Văn bản đến này đang ở trạng thái "{{state}}"; chỉ vào sổ được văn bản chưa xử lý.',
  },
  'exchange.inboxStateChanged': {
    kind: 'Conflict',
    vi: 'Văn bản đến này vừa chuyển sang trạng thái "{{state}}"; không vào sổ được.',
  },
  'exchange.signatureBroken': {
    kind: 'Conflict',
    vi: 'Chữ ký số của văn bản không hợp lệ: {{reason}} Hãy trả lại (02) cho nơi gửi với lý do, hoặc xác nhận vào sổ dù chữ ký không hợp lệ.',
  },

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
} as const satisfies Record<string, { kind: ErrorKind; vi: string }>;

type ScanErrorKey = `scan.${(typeof SCAN_ERROR_CODES)[number]}`;

/**
 * Scan errors: the sentence of each scan code (intake-scan-error-texts.ts, which also holds the
 * English), then `detail` — ": <the device's own words>" or "." when the device said nothing.
 * The kind is the AppError kind the scan service gives it.
 */
const SCAN_TEXTS = Object.fromEntries(
  SCAN_ERROR_CODES.map((code) => [`scan.${code}`, { kind: 'Validation', vi: `${SCAN_ERROR_TEXTS[code].vi.replace(/\.$/, '')}{{detail}}` }]),
) as Record<ScanErrorKey, { kind: ErrorKind; vi: string }>;

export const ERROR_TEXTS: Readonly<Record<keyof typeof TEXTS | ScanErrorKey, { readonly kind: ErrorKind; readonly vi: string }>> = {
  ...TEXTS,
  ...SCAN_TEXTS,
};

export type ErrorCode = keyof typeof ERROR_TEXTS;

/** Fills `{{name}}` marks from params; a mark without a param stays as it is (visible, never blank). */
export function fillErrorText(template: string, params: ErrorParams = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (mark, name: string) => (name in params ? String(params[name]) : mark));
}
