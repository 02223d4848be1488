/**
 * Error texts — the printed books (sổ), their locked volumes (quyển) and importing a register from a
 * spreadsheet. Merged in index.ts.
 */
import type { ErrorKind } from '../errors';

export const BOOKS_TEXTS = {
  'books.noAgencyProfile': { kind: 'Conflict', vi: 'Chưa khai báo hồ sơ cơ quan: hãy hoàn tất khởi tạo trước.' },
  'books.noAgencyForBook': {
    kind: 'Conflict',
    vi: 'Chưa khai báo hồ sơ cơ quan (tên cơ quan, cơ quan chủ quản): hãy hoàn tất khởi tạo trước khi in sổ.',
  },
  'books.noAgencyForPrint': {
    kind: 'Conflict',
    vi: 'Chưa khai báo hồ sơ cơ quan (tên cơ quan, cơ quan chủ quản): hãy hoàn tất khởi tạo trước khi in.',
  },
  'books.noAgencyForReport': { kind: 'Conflict', vi: 'Chưa khai báo hồ sơ cơ quan: hãy hoàn tất khởi tạo trước khi xuất báo cáo.' },
  'books.noAgencyForImport': { kind: 'Conflict', vi: 'Chưa khai báo hồ sơ cơ quan: hãy hoàn tất khởi tạo trước khi nhập sổ.' },
  'books.notStarted': { kind: 'Internal', vi: 'Chưa khởi động xong: hãy thử lại.' },
  'books.reprintByVolume': {
    kind: 'Validation',
    vi: 'In lại quyển đã khóa theo năm và quyển số (Year, Volume); bỏ nhiệm kỳ (Term). Danh sách quyển: "vanthu volumes --term …".',
  },
  'books.rangeOutsideTerm': {
    kind: 'Validation',
    vi: 'Khoảng ngày {{from}} – {{to}} nằm ngoài nhiệm kỳ "{{term}}" ({{termFrom}} – {{termTo}}).',
  },
  'books.rangeOutsideOpenTerm': {
    kind: 'Validation',
    vi: 'Khoảng ngày {{from}} – {{to}} nằm ngoài nhiệm kỳ "{{term}}" ({{termFrom}} – nay).',
  },
  'books.termSpansYears': {
    kind: 'Validation',
    vi: 'Nhiệm kỳ "{{term}}" kéo dài qua nhiều năm ({{from}} – {{to}}); quyển sổ được khóa theo từng năm. Hãy khóa với khoảng ngày trong một năm của nhiệm kỳ (From, To).',
  },
  'books.headerRowMissing': { kind: 'Validation', vi: 'Dòng tiêu đề {{row}} không có trong tệp (tệp có {{rows}} dòng).' },
  'books.fieldNotForIncoming': { kind: 'Validation', vi: 'Trường {{field}} không dùng cho sổ văn bản đến.' },
  'books.fieldNotForOutgoing': { kind: 'Validation', vi: 'Trường {{field}} không dùng cho sổ văn bản đi.' },
  'books.columnNotFound': { kind: 'Validation', vi: 'Không tìm thấy cột {{ref}} (cho {{label}}) trong tệp. Các cột: {{columns}}.' },
  'books.requiredColumnsMissing': {
    kind: 'Validation',
    vi: 'Tệp thiếu cột bắt buộc: {{missing}}. Dòng tiêu đề {{row}} có các cột: {{columns}}. Hãy sửa tiêu đề cột hoặc chỉ định cột trong bảng ghép cột (mapping).',
  },
  'books.requiredColumnsMissingNoHeader': {
    kind: 'Validation',
    vi: 'Tệp thiếu cột bắt buộc: {{missing}}. Dòng tiêu đề {{row}} có các cột: (trống). Hãy sửa tiêu đề cột hoặc chỉ định cột trong bảng ghép cột (mapping).',
  },
  'books.xlsxNoDirectory': {
    kind: 'Validation',
    vi: 'Tệp .xlsx bị hỏng (không đọc được mục lục của tệp nén). Hãy mở bằng Excel và lưu lại.',
  },
  'books.xlsxOdd': { kind: 'Validation', vi: 'Tệp .xlsx có cấu trúc bất thường; không mở.' },
  'books.xlsxBadDirectory': { kind: 'Validation', vi: 'Tệp .xlsx bị hỏng (mục lục tệp nén không hợp lệ).' },
  'books.xlsxZip64': { kind: 'Validation', vi: 'Tệp .xlsx quá lớn (định dạng ZIP64); hãy tách sổ thành nhiều tệp.' },
  'books.xlsxUnzippedTooBig': { kind: 'Validation', vi: 'Tệp .xlsx giải nén ra {{size}} MB, quá giới hạn {{max}} MB.' },
  'books.sheetOverRows': { kind: 'Validation', vi: 'Trang tính có hơn {{max}} dòng, quá giới hạn {{max}} dòng; hãy tách theo năm.' },
  'books.xlsxUnreadable': { kind: 'Validation', vi: 'Tệp .xlsx bị hỏng, không đọc được. Hãy mở bằng Excel và lưu lại dạng .xlsx.' },
  'books.noSheet': { kind: 'Validation', vi: 'Tệp .xlsx không có trang tính nào có dữ liệu.' },
  'books.sheetNotFound': { kind: 'Validation', vi: 'Không có trang tính {{sheet}} (có: {{names}}).' },
  'books.sheetRows': { kind: 'Validation', vi: 'Trang tính có {{rows}} dòng, quá giới hạn {{max}} dòng; hãy tách theo năm.' },
  'books.sheetColumns': { kind: 'Validation', vi: 'Trang tính có {{columns}} cột, quá giới hạn {{max}} cột.' },
  'books.cellTooLong': { kind: 'Validation', vi: 'Ô {{cell}} dài {{length}} ký tự, quá giới hạn {{max}}.' },
  'books.csvRows': { kind: 'Validation', vi: 'Tệp CSV có hơn {{max}} dòng; hãy tách theo năm.' },
  'books.csvCellTooLong': { kind: 'Validation', vi: 'Dòng {{row}} có ô dài quá {{max}} ký tự (thiếu dấu ngoặc kép đóng?).' },
  'books.csvColumns': { kind: 'Validation', vi: 'Tệp CSV có dòng quá {{max}} cột.' },
  'books.xlsUnsupported': {
    kind: 'Validation',
    vi: 'Tệp Excel 97-2003 (.xls) chưa đọc được: hãy mở bằng Excel và "Lưu thành" .xlsx (hoặc CSV UTF-8) rồi nhập lại.',
  },
  'books.xlsxNotExcel': { kind: 'Validation', vi: 'Tệp có đuôi .xlsx nhưng không phải tệp Excel hợp lệ.' },
  'books.fileTypeUnsupported': { kind: 'Validation', vi: 'Chỉ nhập được tệp .xlsx hoặc .csv ("{{name}}").' },
  'books.pathFromWindow': {
    kind: 'Validation',
    vi: 'Từ cửa sổ ứng dụng hãy chọn tệp để gửi nội dung (DataBase64); đường dẫn tệp (Path) chỉ dùng từ dòng lệnh.',
  },
  'books.fileNotFound': { kind: 'Validation', vi: 'Không tìm thấy tệp "{{path}}".' },
  'books.notAFile': { kind: 'Validation', vi: '"{{path}}" không phải là tệp.' },
  'books.fileTooBig': { kind: 'Validation', vi: 'Tệp quá lớn ({{size}} MB); tối đa {{max}} MB.' },
  'books.notBase64': { kind: 'Validation', vi: 'Nội dung tệp (DataBase64) không phải base64 hợp lệ.' },
  'books.importRejected': {
    kind: 'Validation',
    vi: 'Không nhập tệp "{{file}}": {{count}} dòng không hợp lệ ({{rows}}). Chưa có dòng nào được ghi. Sửa các dòng này, hoặc chọn "bỏ qua dòng lỗi" để chỉ nhập {{accepted}} dòng hợp lệ.',
  },
  // Notes of an import's preview (import.service.ts Warnings): the rows are imported, the clerk is asked to check.
  'books.importNumberRowSkipped': { kind: 'Validation', vi: 'Đã bỏ qua dòng đánh số cột "(1) (2) …" dưới dòng tiêu đề.' },
  'books.importTypeInferred': {
    kind: 'Validation',
    vi: '{{count}} dòng không có cột Tên loại: loại văn bản được suy ra từ trích yếu hoặc ký hiệu.',
  },
  'books.importTypeDefaulted': { kind: 'Validation', vi: '{{count}} dòng không xác định được loại văn bản: ghi là Công văn.' },
  'books.importGap': {
    kind: 'Validation',
    vi: 'Năm {{year}}: {{gaps}} số bị thiếu trong dãy nhập vào (có thể do dòng bị loại hoặc sổ cũ bỏ số).',
  },
  'books.importGapInSeries': {
    kind: 'Validation',
    vi: 'Năm {{year}} ({{series}}): {{gaps}} số bị thiếu trong dãy nhập vào (có thể do dòng bị loại hoặc sổ cũ bỏ số).',
  },
  // Why a row of an imported register is refused (books/spreadsheet/import-rows.ts, import.service.ts).
  'booksRow.dateInvalid': { kind: 'Validation', vi: '{{field:importField}}: ngày không hợp lệ.' },
  'booksRow.serialOutOfRange': {
    kind: 'Validation',
    vi: '{{field:importField}}: "{{value}}" không phải ngày (số ngày Excel ngoài khoảng 1945–2100).',
  },
  'booksRow.twoDigitYear': {
    kind: 'Validation',
    vi: '{{field:importField}}: "{{value}}" có năm 2 chữ số; hãy ghi đủ 4 chữ số (dd/mm/yyyy).',
  },
  'booksRow.badDate': { kind: 'Validation', vi: '{{field:importField}}: {{inner}}' },
  'booksRow.badYear': { kind: 'Validation', vi: '{{field:importField}}: năm {{year}} không hợp lệ.' },
  'booksRow.missing': { kind: 'Validation', vi: 'Thiếu {{field:importField}}.' },
  'booksRow.tooLong': {
    kind: 'Validation',
    vi: '{{field:importField}} dài {{length}} ký tự, tối đa {{max}} (Phụ lục VI Nghị định 30/2020).',
  },
  'booksRow.notInteger': { kind: 'Validation', vi: '{{field:importField}} "{{value}}" không phải số nguyên.' },
  'booksRow.tooLarge': { kind: 'Validation', vi: '{{field:importField}} {{value}} quá lớn.' },
  'booksRow.signerNameTooLong': { kind: 'Validation', vi: 'Họ và tên người ký dài quá 50 ký tự.' },
  'booksRow.signerPositionTooLong': { kind: 'Validation', vi: 'Chức vụ người ký dài quá 100 ký tự.' },
  'booksRow.badUrgency': { kind: 'Validation', vi: 'Độ khẩn "{{value}}" không hợp lệ (Thường, Khẩn, Thượng khẩn, Hỏa tốc).' },
  'booksRow.badMedium': { kind: 'Validation', vi: 'Hình thức "{{value}}" không hợp lệ (Giấy hoặc Điện tử).' },
  'booksRow.badConfidentiality': { kind: 'Validation', vi: 'Độ mật "{{value}}" không hợp lệ.' },
  'booksRow.stateSecret': {
    kind: 'Validation',
    vi: 'Văn bản {{value}} không nhập vào sổ này: văn bản mật đăng ký ở sổ bí mật nhà nước (Điều 16.3, 22.4 Nghị định 30/2020).',
  },
  'booksRow.unknownType': { kind: 'Validation', vi: 'Tên loại "{{value}}" không có trong danh mục loại văn bản.' },
  'booksRow.arrivalInFuture': { kind: 'Validation', vi: 'Ngày đến {{date}} ở tương lai.' },
  'booksRow.arrivalNumberTooSmall': { kind: 'Validation', vi: 'Số đến phải từ 1 trở lên.' },
  'booksRow.legalType': { kind: 'Validation', vi: '{{type}} là văn bản quy phạm pháp luật, không thuộc sổ văn bản đi hành chính.' },
  'booksRow.missingOutgoingNumber': { kind: 'Validation', vi: 'Thiếu số hoặc ký hiệu văn bản đi (ví dụ 15/QĐ-UBND).' },
  'booksRow.outgoingNumberNotInteger': { kind: 'Validation', vi: 'Số văn bản đi "{{value}}" phải là số nguyên.' },
  'booksRow.numberTooSmall': { kind: 'Validation', vi: 'Số văn bản phải từ 1 trở lên.' },
  'booksRow.issuedInFuture': { kind: 'Validation', vi: 'Ngày tháng văn bản {{date}} ở tương lai.' },
  'booksRow.recipientTooLong': { kind: 'Validation', vi: 'Một nơi nhận dài quá 200 ký tự (tách các nơi nhận bằng dấu ";").' },
  'booksRow.duplicateIncoming': { kind: 'Validation', vi: 'Số đến {{number}} năm {{year}} trùng với dòng {{first}} của tệp.' },
  'booksRow.duplicateOutgoing': {
    kind: 'Validation',
    vi: 'Số {{code}} ({{series:outgoingSeries}}) năm {{year}} trùng với dòng {{first}} của tệp.',
  },
  'booksRow.takenIncoming': { kind: 'Validation', vi: 'Số đến {{number}} năm {{year}} đã có trong sổ; số đã cấp không cấp lại.' },
  'booksRow.takenOutgoing': {
    kind: 'Validation',
    vi: 'Số {{code}} ({{series:outgoingSeries}}) năm {{year}} đã có trong sổ; số đã cấp không cấp lại.',
  },
  'books.importNothing': { kind: 'Validation', vi: 'Tệp "{{file}}" không có dòng nào nhập được.' },
  'books.reprintOtherRange': {
    kind: 'Conflict',
    vi: 'Quyển số {{volume}} năm {{year}} đã khóa cho khoảng {{from}} – {{to}}; không in lại với khoảng khác. Bỏ khoảng ngày để in lại đúng quyển đã khóa.',
  },
  'books.numberNotIssued': { kind: 'Conflict', vi: 'Chưa cấp đến số {{number}} trong năm {{year}}; chỉ khóa được những số đã cấp.' },
  'books.overlapsLocked': {
    kind: 'Conflict',
    vi: 'Khoảng này trùng với Quyển số {{volumes}} năm {{year}} đã khóa; mỗi văn bản chỉ in trong một quyển. Hãy chọn khoảng bắt đầu sau quyển đã khóa.',
  },
  'books.incomingOneSeries': {
    kind: 'Validation',
    vi: 'Sổ văn bản đến có một dãy số đến (và dãy số đến mật "den-mat"); không chọn dãy số khác.',
  },
  'books.secretNoLock': {
    kind: 'Validation',
    vi: 'Sổ văn bản mật chỉ in bản để lưu theo quy định bảo vệ bí mật nhà nước; không khóa hay đánh số quyển.',
  },
  'books.volumeNotLockedIncoming': { kind: 'NotFound', vi: 'Chưa có Quyển số {{volume}} năm {{year}} đã khóa của sổ văn bản đến.' },
  'books.volumeNotLockedOutgoing': { kind: 'NotFound', vi: 'Chưa có Quyển số {{volume}} năm {{year}} đã khóa của sổ văn bản đi.' },
  'books.snapshotTampered': {
    kind: 'Internal',
    vi: 'Bản lưu của Quyển số {{volume}} năm {{year}} {{book:bookName}} không còn khớp mã băm: dữ liệu đã bị sửa ngoài phần mềm.',
  },
  'books.reprintFontMissing': {
    kind: 'Internal',
    vi: 'Không in lại được Quyển số {{volume}} năm {{year}} {{book:bookName}} đúng như bản đã khóa: máy này thiếu phông chữ "{{font}}" đã dùng và kho tệp không còn bản PDF đã lưu.',
  },
  'books.lockOpenRange': {
    kind: 'Conflict',
    vi: 'Chỉ khóa được khoảng đã kết thúc: "đến ngày" {{to}} chưa qua (hôm nay {{today}}). Văn bản còn có thể vào sổ trong khoảng này; hãy in bản xem trước hoặc khóa sau.',
  },
  'books.nextVolume': {
    kind: 'Conflict',
    vi: 'Quyển số tiếp theo của {{book:bookName}} năm {{year}} là {{next}}; quyển số đánh liên tục trong năm.',
  },
  'books.lockedElsewhere': {
    kind: 'Conflict',
    vi: 'Một phiên khác vừa khóa quyển {{book:bookName}} này; hãy tải lại danh sách quyển và in lại.',
  },
  'books.volumeNotLocked': { kind: 'NotFound', vi: 'Chưa có Quyển số {{volume}} năm {{year}} đã khóa của {{book:bookName}}.' },
  'books.overlapsLockedBook': {
    kind: 'Conflict',
    vi: 'Khoảng này trùng với Quyển số {{volumes}} năm {{year}} {{book:bookName}} đã khóa; hãy chọn khoảng bắt đầu sau quyển đã khóa.',
  },
  'books.fontsMissing': {
    kind: 'Internal',
    vi: 'Không tìm thấy phông chữ để in sổ: máy không có Times New Roman đủ dấu tiếng Việt và thiếu phông Liberation Serif đi kèm phần mềm (LiberationSerif-Regular/Bold/Italic.ttf trong {{folder}}). Hãy cài lại vanthu hoặc cài phông Times New Roman.',
  },
  'books.fontsMissingNoResources': {
    kind: 'Internal',
    vi: 'Không tìm thấy phông chữ để in sổ: máy không có Times New Roman đủ dấu tiếng Việt và thiếu phông Liberation Serif đi kèm phần mềm (LiberationSerif-Regular/Bold/Italic.ttf trong (thư mục resources không tìm thấy)). Hãy cài lại vanthu hoặc cài phông Times New Roman.',
  },
} as const satisfies Record<string, { kind: ErrorKind; vi: string }>;
