/** Error texts — signing: the token (PKCS#11) and signing documents. Merged in index.ts. */
import type { ErrorKind } from '../errors';

export const SIGNING_TEXTS = {
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
  // A PKCS#11 library that would not load in the probe's child process (module-probe.ts).
  'token.moduleNotFound': { kind: 'NotFound', vi: 'Không tìm thấy thư viện {{path}}.' },
  'token.moduleTimeout': { kind: 'Validation', vi: 'Thư viện {{path}} không phản hồi sau {{seconds}} giây.' },
  'token.moduleOutput': {
    kind: 'Validation',
    vi: 'Thư viện {{path}} trả về dữ liệu bất thường; ứng dụng không bị ảnh hưởng.',
  },
  'token.moduleCrashed': {
    kind: 'Validation',
    vi: 'Thư viện {{path}} bị lỗi khi nạp (mã thoát {{exit}}); ứng dụng không bị ảnh hưởng.',
  },
  'token.moduleLoadFailed': { kind: 'Validation', vi: 'Không nạp được thư viện {{path}}: {{error}}' },
  'token.moduleNotLoaded': { kind: 'Validation', vi: 'Không nạp được thư viện {{path}}.' },
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
} as const satisfies Record<string, { kind: ErrorKind; vi: string }>;
