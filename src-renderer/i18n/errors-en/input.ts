/**
 * English error texts — what an operation's schema says of the data it refuses (the register's field
 * checks, the books', the post's and the directory's own checks). Merged in ../errors.en.ts.
 */
import type { INPUT_TEXTS } from '../../../src-shared/rpc/error-texts/input';

export const INPUT_EN: Readonly<Record<keyof typeof INPUT_TEXTS, string>> = {
  'input.required': '{{field:inputField}} ({{tag}}) is required.',
  'input.blank': '{{field:inputField}} ({{tag}}) must not be blank.',
  'input.tooLong': '{{field:inputField}} ({{tag}}) is at most {{max}} characters (Appendix VI of Decree 30/2020).',
  'input.notText': '{{field:inputField}} ({{tag}}) must be text.',
  'input.notNumber': '{{field:inputField}} ({{tag}}) must be a number.',
  'input.notWhole': '{{field:inputField}} ({{tag}}) must be a whole number.',
  'input.negative': '{{field:inputField}} ({{tag}}) must not be negative.',
  'input.tooManyDigits': '{{field:inputField}} ({{tag}}) has at most {{digits}} digits.',
  'input.notDate': '{{field:dateField}} ({{tag}}) must be a date in the form YYYY-MM-DD or dd/mm/yyyy.',
  'input.reasonTooShort': '{{field:inputField}} ({{tag}}) needs at least {{min}} characters.',

  'input.emailNotText': 'The e-mail must be text.',
  'input.emailTooLong': 'The e-mail is at most {{max}} characters.',
  'input.emailForm': 'The e-mail is not in a valid form (for example: vanthu@tinh.gov.vn).',
  'input.phoneForm': 'The phone number may hold only digits, spaces and + ( ) . - (for example: 0236 3821 234).',

  'input.paper': 'The paper size (Paper) must be "a4" or "a3".',
  'input.yearNotNumber': 'The year (Year) must be a number.',
  'input.yearNotWhole': 'The year (Year) must be a whole number.',
  'input.yearInvalid': 'The year (Year) is not valid.',
  'input.boundNotNumber': '{{field:inputField}} must be a number.',
  'input.boundNotWhole': '{{field:inputField}} must be a whole number.',
  'input.boundBelowOne': '{{field:inputField}} must be 1 or more.',
  'input.boundTooLarge': '{{field:inputField}} is too large.',
  'input.rangeBothDates': 'Both "From" and "To" dates are needed.',
  'input.rangeReversed': 'The "To" date ({{to}}) is before the "From" date ({{from}}).',
  'input.rangeTwoYears':
    'The dates {{from}} - {{to}} span two years ({{year1}} and {{year2}}). Arrival and document numbers restart at 01 each year, so each volume of a book belongs to one year: print each year apart.',
  'input.rangeOtherYear': 'The year {{year}} does not match the dates {{from}} - {{to}}.',
  'input.rangeBothNumbers': 'Both "From number" and "To number" are needed.',
  'input.rangeNumbersReversed': 'The "To number" ({{to}}) is lower than the "From number" ({{from}}).',
  'input.rangeMissing': 'Choose a date range (From, To), a year (Year) or a term (Term) for the book.',
  'input.yearOrTerm':
    'Choose a year (Year) or a term (Term), not both: documents of a Party body are numbered by term, those of a State body by year.',
  'input.reportOnePeriod': 'Choose only one of: a month, a quarter or a date range.',
  'input.reportYearMissing': 'Choose the year (Year) or the term (Term) of the report.',
  'input.reportTermWhole': 'A report by term covers the whole term; do not also choose a month, a quarter or a date range.',
  'input.exportFormat': 'The format (Format) must be "xlsx" or "csv".',
  'input.exportYearMissing': 'Choose the year (Year) or the term (Term) to export.',
  'input.reprintYear': 'Reprinting a locked volume needs its year (Year).',
  'input.bookDates': 'Both the "From" and "To" dates of {{book:bookName}} are needed.',

  'input.importTooBig': 'The file is too large (at most {{max}} MB).',
  'input.importOneSource': 'Choose one file: a path (Path) or its content (DataBase64), not both.',
  'input.importFileName': 'The file name (FileName) is needed to tell .xlsx from .csv.',

  'input.postEntryId': 'The outgoing document id (EntryId) is missing.',
  'input.postEntryOrPeriod': 'An outgoing document id (EntryId) or a date range (From, To) is needed.',
  'input.envelopesNotNumber': 'The number of envelopes (Envelopes) must be a number.',
  'input.envelopesNotWhole': 'The number of envelopes (Envelopes) must be a whole number.',
  'input.envelopesMin': 'The number of envelopes (Envelopes) is at least {{min}}.',
  'input.envelopesMax': 'The number of envelopes (Envelopes) is at most {{max}}.',
  'input.envelopeEntryOrDate': 'Exactly one of the two is needed: an outgoing document id (EntryId) or a sending date (Date).',
};
