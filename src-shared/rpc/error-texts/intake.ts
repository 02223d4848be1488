/**
 * Error texts — intake: scan batches, imported files, page edits, the ĐẾN stamp, OCR and the antivirus
 * check. Merged in index.ts.
 */
import type { ErrorKind } from '../errors';

export const INTAKE_TEXTS = {
  'intake.ocrOneSource': { kind: 'Validation', vi: 'Chọn đúng một nguồn để nhận dạng: path, sha256 hoặc batchId.' },
  'intake.fileNotInStore': { kind: 'NotFound', vi: 'Không có tệp {{sha}} trong kho.' },
  'intake.stampFontMissing': { kind: 'Internal', vi: 'Không tìm thấy phông chữ tiếng Việt (Times/Liberation Serif) để in dấu ĐẾN.' },
  'intake.stampRotated': { kind: 'Validation', vi: 'Trang 1 đang xoay; hãy lưu lại bản PDF đứng trước khi đóng dấu ĐẾN.' },
  'intake.stampNoAgency': {
    kind: 'Validation',
    vi: 'Chưa có hồ sơ cơ quan: chạy "vanthu init" (hoặc trình hướng dẫn lần đầu) trước khi đóng dấu ĐẾN.',
  },
  'intake.infected': { kind: 'Infected', vi: 'Tệp "{{name}}" nhiễm mã độc ({{signature}}); đã từ chối và chuyển vào khu cách ly.' },
  'intake.avTooBig': {
    kind: 'Offline',
    vi: 'Không kiểm tra được virus cho tệp "{{name}}" (tệp lớn hơn giới hạn quét của phần mềm diệt virus); theo cài đặt của cơ quan, tệp không được nhận.',
  },
  'intake.avNone': {
    kind: 'Offline',
    vi: 'Không kiểm tra được virus cho tệp "{{name}}" (chưa cấu hình phần mềm diệt virus); theo cài đặt của cơ quan, tệp không được nhận.',
  },
  'intake.avNoAnswer': {
    kind: 'Offline',
    vi: 'Không kiểm tra được virus cho tệp "{{name}}" (phần mềm diệt virus ({{engine}}) không trả lời được: {{error}}); theo cài đặt của cơ quan, tệp không được nhận.',
  },
  'intake.sourceNoDevice': { kind: 'Validation', vi: 'Nguồn quét "{{source}}" thiếu tên thiết bị.' },
  'intake.esclAddress': { kind: 'Validation', vi: 'Địa chỉ máy quét eSCL "{{address}}" phải bắt đầu bằng http:// hoặc https://.' },
  'intake.sourceInvalid': {
    kind: 'Validation',
    vi: 'Nguồn quét "{{source}}" không hợp lệ; dùng sane:<thiết bị>, escl:<địa chỉ>, naps2:<driver>:<tên> hoặc wia:<thiết bị>.',
  },
  'intake.batchBusy': { kind: 'Conflict', vi: 'Lô quét đang được xử lý; hãy đợi xong hoặc hủy trước.' },
  'intake.batchEmpty': { kind: 'Validation', vi: 'Lô quét chưa có trang nào.' },
  'intake.assembleCancelled': { kind: 'Conflict', vi: 'Đã hủy tạo PDF; các trang trong lô vẫn còn nguyên.' },
  'intake.noHotFolder': { kind: 'Validation', vi: 'Chưa cấu hình thư mục quét (hot folder) trong cài đặt tiếp nhận.' },
  'intake.ocrNoImages': { kind: 'Validation', vi: 'Lô quét không có trang ảnh nào để nhận dạng.' },
  'intake.fileMissing': { kind: 'Validation', vi: 'không tìm thấy tệp.' },
  'intake.notAFile': { kind: 'Validation', vi: 'không phải là tệp.' },
  'intake.fileEmpty': { kind: 'Validation', vi: 'tệp rỗng (0 byte).' },
  'intake.fileTooBig': { kind: 'Validation', vi: 'tệp quá lớn ({{size}} MB); tối đa {{max}} MB một tệp. Hãy tách thành nhiều tệp.' },
  'intake.fileTypeUnsupported': { kind: 'Validation', vi: 'không phải tệp PDF, JPEG, PNG hay TIFF.' },
  'intake.fileFakePdf': { kind: 'Validation', vi: 'không phải tệp PDF, JPEG, PNG hay TIFF (đuôi .pdf nhưng nội dung không phải PDF).' },
  'intake.pdfTooManyPages': { kind: 'Validation', vi: 'có {{pages}} trang, vượt quá {{max}} trang cho một lần nhập.' },
  'intake.pdfDamaged': { kind: 'Validation', vi: 'PDF bị hỏng cấu trúc (chỉ đọc được {{read}}/{{pages}} trang). Hãy lấy lại bản gốc.' },
  'intake.imageNoSize': { kind: 'Validation', vi: 'không đọc được kích thước ảnh.' },
  'intake.imageTooLarge': {
    kind: 'Validation',
    vi: 'ảnh quá lớn: {{width}} × {{height}} điểm ảnh, vượt giới hạn {{max}} triệu điểm ảnh một trang.',
  },
  'intake.imageOverLimit': { kind: 'Validation', vi: 'ảnh quá lớn (vượt giới hạn {{max}} triệu điểm ảnh một trang).' },
  'intake.imageWrongFormat': {
    kind: 'Validation',
    vi: 'không đọc được: nội dung không đúng định dạng ảnh của tên tệp (JPEG, PNG, TIFF). Hãy quét hoặc xuất lại ảnh.',
  },
  'intake.imageDamaged': {
    kind: 'Validation',
    vi: 'ảnh bị hỏng hoặc bị cắt cụt (tải chưa xong), không đọc được. Hãy quét hoặc sao chép lại tệp.',
  },
  'intake.imageTooManyPages': {
    kind: 'Validation',
    vi: 'có {{pages}} trang, vượt quá {{max}} trang cho một lần nhập. Hãy tách tệp thành nhiều phần.',
  },
  'intake.batchIdInvalid': { kind: 'Validation', vi: 'Mã lô quét "{{id}}" không hợp lệ.' },
  'intake.batchNotFound': { kind: 'NotFound', vi: 'Không có lô quét {{id}}.' },
  'intake.batchBusyEdit': { kind: 'Conflict', vi: 'Lô quét đang được quét hoặc xử lý; hãy đợi xong hoặc hủy trước khi sửa.' },
  'intake.batchDiscarded': { kind: 'Conflict', vi: 'Lô quét đã bị hủy bỏ.' },
  'intake.batchNotInterrupted': { kind: 'Conflict', vi: 'Lô quét không ở trạng thái bị gián đoạn (đang là "{{status}}").' },
  'intake.batchBusyCancel': { kind: 'Conflict', vi: 'Lô quét đang được quét hoặc xử lý; hãy hủy thao tác trước.' },
  'intake.hotFolderUnreadable': { kind: 'Validation', vi: 'Không đọc được thư mục quét "{{folder}}".' },
  'intake.assembleNoPages': { kind: 'Validation', vi: 'Lô quét chưa có trang nào để tạo PDF.' },
  'intake.assembleAborted': { kind: 'Conflict', vi: 'Đã hủy tạo PDF.' },
  'intake.sourcePdfDamaged': {
    kind: 'Validation',
    vi: 'Trang "{{page}}": tệp PDF gốc bị hỏng cấu trúc, không chép được trang này vào bản PDF mới. Hãy lấy lại bản gốc hoặc in lại ra PDF.',
  },
  'intake.rasterCancelled': { kind: 'Conflict', vi: 'Đã hủy việc đọc các trang PDF.' },
  'intake.pagesMissing': { kind: 'Validation', vi: 'Không có trang {{pages}} trong lô quét.' },
  'intake.orderIncomplete': { kind: 'Validation', vi: 'Thứ tự mới phải liệt kê đủ {{count}} trang, mỗi trang một lần.' },
  'intake.moveBeforeSelf': { kind: 'Validation', vi: 'Không thể chuyển trang tới trước chính nó.' },
  // Doubts the reading of page 1 raises about a field (intake/extract/fields.ts), shown beside it.
  'intake.flagDateNotReal': { kind: 'Validation', vi: 'Đọc được ngày "{{read}}" nhưng ngày này không tồn tại: {{inner}}' },
  'intake.flagNotationRepaired': {
    kind: 'Validation',
    vi: 'Ký hiệu đọc được là "{{read}}", đã sửa thành "{{repaired}}" theo tên loại "{{title}}"; hãy kiểm tra lại.',
  },
  'intake.flagTypeMismatch': { kind: 'Validation', vi: 'Tên loại "{{type}}" không khớp chữ viết tắt trong ký hiệu ({{fromNotation}}).' },
  'intake.flagSecretStamp': {
    kind: 'Validation',
    vi: 'Trang 1 có dấu chỉ độ mật "{{stamp}}": văn bản mật được đăng ký vào sổ riêng (số đến mật) và không được gửi qua trục liên thông; hãy kiểm tra lại dấu trên bản gốc.',
  },
  'intake.flagTooLong': { kind: 'Validation', vi: 'Giá trị đọc được cho {{field}} dài hơn giới hạn của Phụ lục VI; hãy kiểm tra lại.' },
} as const satisfies Record<string, { kind: ErrorKind; vi: string }>;
