/**
 * Error texts — what an operation's schema (src-shared/contracts) says of the data it refuses: the
 * register's field checks (each naming its field by a word of `inputField` or `dateField` and by its
 * Phụ lục VI tag), and the own checks of the books, the post and the directory. A contract words its
 * message from here (contracts/input-text.ts), so the router can pass the refusal on keyed in
 * `details.fields` and the window show it in its language. Merged in index.ts.
 */
import type { ErrorKind } from '../errors';

export const INPUT_TEXTS = {
  // A field of the register (register-fields.contract.ts requiredText, optionalText, optionalCount, optionalDate).
  'input.required': { kind: 'Validation', vi: '{{field:inputField}} ({{tag}}) là bắt buộc.' },
  'input.blank': { kind: 'Validation', vi: '{{field:inputField}} ({{tag}}) không được để trống.' },
  'input.tooLong': { kind: 'Validation', vi: '{{field:inputField}} ({{tag}}) tối đa {{max}} ký tự theo Phụ lục VI Nghị định 30/2020.' },
  'input.notText': { kind: 'Validation', vi: '{{field:inputField}} ({{tag}}) phải là chuỗi ký tự.' },
  'input.notNumber': { kind: 'Validation', vi: '{{field:inputField}} ({{tag}}) phải là số.' },
  'input.notWhole': { kind: 'Validation', vi: '{{field:inputField}} ({{tag}}) phải là số nguyên.' },
  'input.negative': { kind: 'Validation', vi: '{{field:inputField}} ({{tag}}) không được âm.' },
  'input.tooManyDigits': { kind: 'Validation', vi: '{{field:inputField}} ({{tag}}) tối đa {{digits}} chữ số.' },
  'input.notDate': { kind: 'Validation', vi: '{{field:dateField}} ({{tag}}) phải là ngày dạng YYYY-MM-DD hoặc dd/mm/yyyy.' },
  'input.reasonTooShort': { kind: 'Validation', vi: '{{field:inputField}} ({{tag}}) cần ít nhất {{min}} ký tự.' },

  // The directory (directory.contract.ts).
  'input.emailNotText': { kind: 'Validation', vi: 'E-mail phải là chuỗi ký tự.' },
  'input.emailTooLong': { kind: 'Validation', vi: 'E-mail tối đa {{max}} ký tự.' },
  'input.emailForm': { kind: 'Validation', vi: 'E-mail không đúng dạng (ví dụ: vanthu@tinh.gov.vn).' },
  'input.phoneForm': {
    kind: 'Validation',
    vi: 'Điện thoại chỉ gồm chữ số, dấu cách và + ( ) . - (ví dụ: 0236 3821 234).',
  },

  // The books: a period, a year, a number range (books.contract.ts, locked-book.contract.ts).
  'input.paper': { kind: 'Validation', vi: 'Khổ giấy (Paper) phải là "a4" hoặc "a3".' },
  'input.yearNotNumber': { kind: 'Validation', vi: 'Năm (Year) phải là số.' },
  'input.yearNotWhole': { kind: 'Validation', vi: 'Năm (Year) phải là số nguyên.' },
  'input.yearInvalid': { kind: 'Validation', vi: 'Năm (Year) không hợp lệ.' },
  'input.boundNotNumber': { kind: 'Validation', vi: '{{field:inputField}} phải là số.' },
  'input.boundNotWhole': { kind: 'Validation', vi: '{{field:inputField}} phải là số nguyên.' },
  'input.boundBelowOne': { kind: 'Validation', vi: '{{field:inputField}} phải từ 1 trở lên.' },
  'input.boundTooLarge': { kind: 'Validation', vi: '{{field:inputField}} quá lớn.' },
  'input.rangeBothDates': { kind: 'Validation', vi: 'Cần cả "Từ ngày" và "Đến ngày".' },
  'input.rangeReversed': { kind: 'Validation', vi: '"Đến ngày" ({{to}}) trước "Từ ngày" ({{from}}).' },
  'input.rangeTwoYears': {
    kind: 'Validation',
    vi: 'Khoảng ngày {{from}} – {{to}} thuộc hai năm ({{year1}} và {{year2}}). Số đến và số văn bản đánh lại từ 01 mỗi năm, nên mỗi quyển sổ chỉ thuộc một năm: hãy in riêng từng năm.',
  },
  'input.rangeOtherYear': { kind: 'Validation', vi: 'Năm {{year}} không khớp với khoảng ngày {{from}} – {{to}}.' },
  'input.rangeBothNumbers': { kind: 'Validation', vi: 'Cần cả "Từ số" và "Đến số".' },
  'input.rangeNumbersReversed': { kind: 'Validation', vi: '"Đến số" ({{to}}) nhỏ hơn "Từ số" ({{from}}).' },
  'input.rangeMissing': { kind: 'Validation', vi: 'Chọn khoảng ngày (From, To), năm (Year) hoặc nhiệm kỳ (Term) của sổ.' },
  'input.yearOrTerm': {
    kind: 'Validation',
    vi: 'Chọn năm (Year) hoặc nhiệm kỳ (Term), không chọn cả hai: văn bản của cơ quan Đảng đánh số theo nhiệm kỳ, của cơ quan nhà nước theo năm.',
  },
  'input.reportOnePeriod': { kind: 'Validation', vi: 'Chọn một trong: tháng, quý, hoặc khoảng ngày.' },
  'input.reportYearMissing': { kind: 'Validation', vi: 'Chọn năm (Year) hoặc nhiệm kỳ (Term) của báo cáo.' },
  'input.reportTermWhole': {
    kind: 'Validation',
    vi: 'Báo cáo theo nhiệm kỳ lấy cả nhiệm kỳ; không chọn thêm tháng, quý hay khoảng ngày.',
  },
  'input.exportFormat': { kind: 'Validation', vi: 'Định dạng (Format) phải là "xlsx" hoặc "csv".' },
  'input.exportYearMissing': { kind: 'Validation', vi: 'Chọn năm (Year) hoặc nhiệm kỳ (Term) cần xuất.' },
  'input.reprintYear': { kind: 'Validation', vi: 'In lại quyển đã khóa cần năm (Year).' },
  'input.bookDates': { kind: 'Validation', vi: 'Cần cả "Từ ngày" và "Đến ngày" của {{book:bookName}}.' },

  // Importing a register (books-import.contract.ts).
  'input.importTooBig': { kind: 'Validation', vi: 'Tệp quá lớn (tối đa {{max}} MB).' },
  'input.importOneSource': {
    kind: 'Validation',
    vi: 'Chọn một tệp: đường dẫn (Path) hoặc nội dung (DataBase64), không cả hai.',
  },
  'input.importFileName': { kind: 'Validation', vi: 'Cần tên tệp (FileName) để biết là .xlsx hay .csv.' },

  // The post (post.contract.ts).
  'input.postEntryId': { kind: 'Validation', vi: 'Thiếu mã văn bản đi (EntryId).' },
  'input.postEntryOrPeriod': { kind: 'Validation', vi: 'Cần mã văn bản đi (EntryId) hoặc khoảng ngày (From, To).' },
  'input.envelopesNotNumber': { kind: 'Validation', vi: 'Số lượng bì (Envelopes) phải là số.' },
  'input.envelopesNotWhole': { kind: 'Validation', vi: 'Số lượng bì (Envelopes) phải là số nguyên.' },
  'input.envelopesMin': { kind: 'Validation', vi: 'Số lượng bì (Envelopes) ít nhất là {{min}}.' },
  'input.envelopesMax': { kind: 'Validation', vi: 'Số lượng bì (Envelopes) tối đa {{max}}.' },
  'input.envelopeEntryOrDate': {
    kind: 'Validation',
    vi: 'Cần đúng một trong hai: mã văn bản đi (EntryId) hoặc ngày gửi (Date).',
  },
} as const satisfies Readonly<Record<string, { readonly kind: ErrorKind; readonly vi: string }>>;

export type InputTextKey = keyof typeof INPUT_TEXTS;
