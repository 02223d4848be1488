/**
 * Error texts — signing: the PDF and image files to sign, the signature placement and stamp, the
 * timestamp server and the settings. Merged in index.ts.
 */
import type { ErrorKind } from '../errors';

export const SIGNING_FILES_TEXTS = {
  'signing.writeFailed': { kind: 'Validation', vi: 'Không ghi được tệp "{{path}}": {{error}}.' },
  'signing.folderMissing': { kind: 'Validation', vi: 'Thư mục "{{folder}}" không tồn tại.' },
  'signing.outputExists': { kind: 'Conflict', vi: 'Tệp "{{path}}" đã có; chọn tên khác hoặc cho phép ghi đè.' },
  'signing.outputIsInput': { kind: 'Conflict', vi: 'Tệp kết quả trùng tệp gốc; cho phép ghi đè nếu muốn thay tệp gốc bằng bản đã ký.' },
  'signing.tsaUrlInvalid': { kind: 'Validation', vi: 'Địa chỉ máy chủ dấu thời gian "{{url}}" không hợp lệ.' },
  'signing.tsaUrlScheme': { kind: 'Validation', vi: 'Máy chủ dấu thời gian phải dùng http:// hoặc https://.' },
  'signing.tsaHttpError': { kind: 'Offline', vi: 'Máy chủ dấu thời gian trả lỗi HTTP {{status}}.' },
  'signing.tsaUnreachable': { kind: 'Offline', vi: 'Không kết nối được máy chủ dấu thời gian {{host}}: {{error}}' },
  'signing.tsaBadReply': { kind: 'Offline', vi: 'Máy chủ dấu thời gian trả về dữ liệu không hợp lệ.' },
  'signing.tsaUnreadable': { kind: 'Offline', vi: 'Trả lời của máy chủ dấu thời gian không đọc được.' },
  'signing.tsaRefused': { kind: 'Offline', vi: 'Máy chủ dấu thời gian từ chối yêu cầu (trạng thái {{status}}).' },
  'signing.tsaImprintMismatch': { kind: 'Offline', vi: 'Dấu thời gian không khớp với chữ ký.' },
  'signing.tsaNonceMismatch': { kind: 'Offline', vi: 'Dấu thời gian không mang đúng số nonce của yêu cầu.' },
  'signing.pkcs11jsMissing': { kind: 'Internal', vi: 'Không nạp được thành phần ký số pkcs11js ({{error}}). Cài lại ứng dụng.' },
  'signing.trustDirMissing': { kind: 'Validation', vi: 'Thư mục chứng thư tin cậy "{{folder}}" không tồn tại.' },
  'signing.verifyUnreadable': { kind: 'Validation', vi: 'Tệp PDF bị hỏng: không đọc được cấu trúc của tệp để kiểm tra chữ ký.' },
  'signing.verifyNotPdf': { kind: 'Validation', vi: 'Tệp không phải PDF (thiếu phần đầu %PDF-): không kiểm tra chữ ký được.' },
  'signing.pdfTooBig': { kind: 'Validation', vi: '{{label:fileLabel}}: tệp quá lớn ({{size}} MB, tối đa {{max}} MB).' },
  'signing.pdfNotPdf': { kind: 'Validation', vi: '{{label:fileLabel}}: không phải tệp PDF (thiếu phần đầu %PDF-).' },
  'signing.pdfTruncated': {
    kind: 'Validation',
    vi: '{{label:fileLabel}}: tệp PDF bị cắt cụt hoặc hỏng phần cuối (không có startxref/%%EOF). Hãy lấy lại bản gốc.',
  },
  'signing.pdfBrokenXref': {
    kind: 'Validation',
    vi: '{{label:fileLabel}}: bảng tham chiếu chéo (xref) của PDF bị hỏng; ký lên tệp này sẽ tạo ra tệp lỗi. Hãy xuất lại PDF từ phần mềm soạn thảo.',
  },
  'signing.pdfEncrypted': {
    kind: 'Validation',
    vi: '{{label:fileLabel}}: PDF được mã hóa / đặt mật khẩu; không thể ký. Hãy gỡ mật khẩu rồi ký lại.',
  },
  'signing.pdfUnreadable': { kind: 'Validation', vi: '{{label:fileLabel}}: không đọc được cấu trúc PDF ({{error}}).' },
  'signing.pdfNoPages': { kind: 'Validation', vi: '{{label:fileLabel}}: PDF không có trang nào.' },
  'signing.pdfTooManyPages': {
    kind: 'Validation',
    vi: '{{label:fileLabel}}: PDF có {{pages}} trang, vượt giới hạn {{max}} trang cho một lần ký. Hãy tách tệp.',
  },
  'signing.pdfCertifiedNoChanges': {
    kind: 'Conflict',
    vi: '{{label:fileLabel}}: văn bản đã được ký chứng nhận (certifying signature) với quyền "không cho phép thay đổi"; ký thêm sẽ làm mất hiệu lực chữ ký đó.',
  },
  'signing.pageMissing': { kind: 'Validation', vi: 'Trang {{page}} không tồn tại (văn bản có {{pages}} trang).' },
  'signing.rectOutsidePage': { kind: 'Validation', vi: 'Vùng đặt chữ ký {{rect}} nằm ngoài trang ({{width}}×{{height}} pt).' },
  'signing.signerNameNotFound': {
    kind: 'Validation',
    vi: 'Không tìm thấy họ tên người ký "{{name}}" trong lớp chữ của văn bản. Hãy chọn vị trí đặt chữ ký (--page, --rect).',
  },
  'signing.signerNameNotFoundOnPage': {
    kind: 'Validation',
    vi: 'Không tìm thấy họ tên người ký "{{name}}" trong lớp chữ của văn bản (trang {{page}}). Hãy chọn vị trí đặt chữ ký (--page, --rect).',
  },
  'signing.sealNoSize': {
    kind: 'Validation',
    vi: 'Ảnh con dấu không ghi kích thước thực (pHYs/DPI). Nhập đường kính con dấu (mm) để hiển thị đúng kích thước thực tế theo Phụ lục I.',
  },
  'signing.noSignerSignature': {
    kind: 'Validation',
    vi: 'Văn bản chưa có chữ ký số của người có thẩm quyền; văn thư chỉ ký số của cơ quan lên văn bản đã được người có thẩm quyền ký (Điều 32 Nghị định 30/2020). Có thể chỉ định vị trí bằng --page/--rect.',
  },
  'signing.reserveTooSmall': { kind: 'Internal', vi: 'Chữ ký ({{size}} byte) vượt vùng dành sẵn {{reserved}} byte.' },
  'signing.stampNumberInvalid': { kind: 'Validation', vi: 'Số, ký hiệu "{{stamped}}": {{inner}}' },
  'signing.numberAfterSignature': {
    kind: 'Conflict',
    vi: 'Văn bản đã có chữ ký số: số và ngày ban hành phải được ghi cùng lúc với chữ ký đầu tiên (ghi sau sẽ làm mất hiệu lực chữ ký đã có).',
  },
  'signing.numberAlreadyFilled': { kind: 'Validation', vi: 'Dòng "{{line}}" trên trang 1 đã có số; không ghi đè số đã cấp.' },
  'signing.numberLineMissing': { kind: 'Validation', vi: 'Không tìm thấy dòng "Số:      /…" còn trống trên trang 1 để ghi số văn bản.' },
  'signing.notationMismatch': { kind: 'Validation', vi: 'Ký hiệu "{{notation}}" không khớp ký hiệu in trên văn bản "/{{printed}}".' },
  'signing.dateLineMissing': {
    kind: 'Validation',
    vi: 'Không tìm thấy dòng "…, ngày … tháng … năm …" còn trống trên trang 1 để ghi ngày ban hành.',
  },
  'signing.yearMismatch': { kind: 'Validation', vi: 'Năm in sẵn trên văn bản ({{printed}}) khác năm của ngày ban hành ({{year}}).' },
  'signing.pngTooBig': {
    kind: 'Validation',
    vi: '{{label:fileLabel}}: ảnh không hợp lệ — tệp quá lớn ({{size}} KB, tối đa {{max}} MB). Cần ảnh PNG nền trong suốt.',
  },
  'signing.pngNotPng': {
    kind: 'Validation',
    vi: '{{label:fileLabel}}: ảnh không hợp lệ — không phải tệp PNG. Cần ảnh PNG nền trong suốt.',
  },
  'signing.pngBadSize': {
    kind: 'Validation',
    vi: '{{label:fileLabel}}: ảnh không hợp lệ — kích thước {{width}}×{{height}} điểm ảnh nằm ngoài giới hạn. Cần ảnh PNG nền trong suốt.',
  },
  'signing.inputNotFound': { kind: 'NotFound', vi: '{{label:fileLabel}}: không tìm thấy tệp "{{path}}".' },
  'signing.inputNotAFile': { kind: 'Validation', vi: '{{label:fileLabel}}: "{{path}}" không phải là tệp.' },
  'signing.inputTooBig': { kind: 'Validation', vi: '{{label:fileLabel}}: tệp "{{path}}" quá lớn (tối đa {{max}} MB).' },
  'signing.attachmentNeedsNumber': { kind: 'Validation', vi: 'Văn bản kèm theo cần số, ký hiệu của văn bản chính (Phụ lục I.II.8.b).' },
  'signing.selfCheckFailed': { kind: 'Internal', vi: 'Kiểm tra lại chữ ký vừa tạo không đạt ({{verdict}}); không ghi tệp.' },
  'signing.selfCheckMissing': { kind: 'Internal', vi: 'Kiểm tra lại chữ ký vừa tạo không đạt (không thấy chữ ký); không ghi tệp.' },
  'signing.changedSignedPart': { kind: 'Internal', vi: 'Chữ ký mới làm thay đổi phần đã ký của {{fields}}; không ghi tệp.' },
  'signing.existingSignatureBroken': {
    kind: 'Conflict',
    vi: '{{label:fileLabel}}: chữ ký đã có trên văn bản không còn nguyên vẹn ({{problems}}); không ký thêm.',
  },
  'signing.storedFileNotFound': { kind: 'NotFound', vi: 'Không có tệp {{sha}}… trong kho tệp.' },
  'signing.storedImageNotFound': { kind: 'NotFound', vi: 'Không có {{what}} {{sha}}… trong kho tệp.' },
  'signing.storedNotPdf': { kind: 'Validation', vi: 'Tệp {{name}} không phải PDF; chỉ ký số được tệp PDF.' },
  'signing.storedTooBig': { kind: 'Validation', vi: 'Tệp quá lớn để ký ({{size}} MB).' },
  'signing.storedNotPng': { kind: 'Validation', vi: '{{label:fileLabel}}: tệp {{sha}}… không phải ảnh PNG.' },
  'signing.imageNotTransparent': {
    kind: 'Validation',
    vi: '{{label:fileLabel}}: ảnh không có nền trong suốt. Phụ lục I Nghị định 30/2020 yêu cầu ảnh PNG nền trong suốt (xuất lại ảnh có kênh alpha).',
  },
  'signing.noSignerImage': {
    kind: 'Validation',
    vi: 'Chưa có ảnh chữ ký của người có thẩm quyền: tải ảnh PNG nền trong suốt ở mục "Ảnh chữ ký và con dấu".',
  },
  'signing.noSealImage': {
    kind: 'Validation',
    vi: 'Chưa có ảnh con dấu của cơ quan: tải ảnh PNG nền trong suốt ở mục "Ảnh chữ ký và con dấu".',
  },
  'signing.moduleNotFound': {
    kind: 'Validation',
    vi: 'Không tìm thấy thư viện PKCS#11 "{{path}}" trên máy này. Kiểm tra đường dẫn hoặc cài phần mềm token của nhà cung cấp.',
  },
  'signing.moduleUnknown': {
    kind: 'Validation',
    vi: 'Thư viện PKCS#11 "{{path}}" không có trong danh sách thư viện đã biết. Quản trị viên thêm thư viện khác bằng lệnh: vanthu token-module --add <đường dẫn>.',
  },
  'signing.imageNotBase64': { kind: 'Validation', vi: '{{label:fileLabel}}: nội dung không phải base64 hợp lệ.' },
} as const satisfies Record<string, { kind: ErrorKind; vi: string }>;
