/**
 * English error texts — the printed books (sổ), their locked volumes (quyển) and importing a register
 * from a spreadsheet. Merged in ../errors.en.ts.
 */
import type { BOOKS_TEXTS } from '../../../src-shared/rpc/error-texts/books';

export const BOOKS_EN: Readonly<Record<keyof typeof BOOKS_TEXTS, string>> = {
  'books.noAgencyProfile': 'The agency profile is missing: finish the setup first.',
  'books.noAgencyForBook': 'The agency profile (agency name, parent agency) is missing: finish the setup before printing a book.',
  'books.noAgencyForPrint': 'The agency profile (agency name, parent agency) is missing: finish the setup before printing.',
  'books.noAgencyForReport': 'The agency profile is missing: finish the setup before exporting the report.',
  'books.noAgencyForImport': 'The agency profile is missing: finish the setup before importing a register.',
  'books.notStarted': 'Still starting up: try again.',
  'books.reprintByVolume':
    'Reprint a locked volume by year and volume number (Year, Volume), without the term (Term). List of volumes: "vanthu volumes --term …".',
  'books.rangeOutsideTerm': 'The dates {{from}} – {{to}} fall outside the term "{{term}}" ({{termFrom}} – {{termTo}}).',
  'books.rangeOutsideOpenTerm': 'The dates {{from}} – {{to}} fall outside the term "{{term}}" ({{termFrom}} – now).',
  'books.termSpansYears':
    'The term "{{term}}" spans several years ({{from}} – {{to}}); volumes are locked year by year. Lock a date range within one year of the term (From, To).',
  'books.headerRowMissing': 'Header row {{row}} is not in the file (the file has {{rows}} rows).',
  'books.fieldNotForIncoming': 'Field {{field}} is not used in the incoming register.',
  'books.fieldNotForOutgoing': 'Field {{field}} is not used in the outgoing register.',
  'books.columnNotFound': 'Column {{ref}} (for {{label}}) is not in the file. Columns: {{columns}}.',
  'books.requiredColumnsMissing':
    'The file lacks required columns: {{missing}}. Header row {{row}} has the columns: {{columns}}. Fix the column headers or choose the columns in the column mapping.',
  'books.requiredColumnsMissingNoHeader':
    'The file lacks required columns: {{missing}}. Header row {{row}} has no column headers. Fix the column headers or choose the columns in the column mapping.',
  'books.xlsxNoDirectory': 'The .xlsx file is damaged (its zip directory cannot be read). Open it in Excel and save it again.',
  'books.xlsxOdd': 'The .xlsx file has an unusual structure; not opening it.',
  'books.xlsxBadDirectory': 'The .xlsx file is damaged (its zip directory is not valid).',
  'books.xlsxZip64': 'The .xlsx file is too large (ZIP64 format); split the register into several files.',
  'books.xlsxUnzippedTooBig': 'The .xlsx file unzips to {{size}} MB, over the {{max}} MB limit.',
  'books.sheetOverRows': 'The sheet has more than {{max}} rows, over the {{max}}-row limit; split it by year.',
  'books.xlsxUnreadable': 'The .xlsx file is damaged and cannot be read. Open it in Excel and save it again as .xlsx.',
  'books.noSheet': 'The .xlsx file has no sheet with data.',
  'books.sheetNotFound': 'There is no sheet {{sheet}} (there are: {{names}}).',
  'books.sheetRows': 'The sheet has {{rows}} rows, over the {{max}}-row limit; split it by year.',
  'books.sheetColumns': 'The sheet has {{columns}} columns, over the {{max}}-column limit.',
  'books.cellTooLong': 'Cell {{cell}} is {{length}} characters long, over the limit of {{max}}.',
  'books.csvRows': 'The CSV file has more than {{max}} rows; split it by year.',
  'books.csvCellTooLong': 'Row {{row}} has a cell longer than {{max}} characters (a closing quote missing?).',
  'books.csvColumns': 'The CSV file has a row with more than {{max}} columns.',
  'books.xlsUnsupported':
    'Excel 97-2003 files (.xls) cannot be read yet: open it in Excel, "Save as" .xlsx (or CSV UTF-8), then import again.',
  'books.xlsxNotExcel': 'The file ends in .xlsx but is not a valid Excel file.',
  'books.fileTypeUnsupported': 'Only .xlsx or .csv files can be imported ("{{name}}").',
  'books.pathFromWindow':
    'From the app window, choose the file so that its content is sent (DataBase64); a file path (Path) is for the command line only.',
  'books.fileNotFound': 'File "{{path}}" not found.',
  'books.notAFile': '"{{path}}" is not a file.',
  'books.fileTooBig': 'The file is too large ({{size}} MB); the maximum is {{max}} MB.',
  'books.notBase64': 'The file content (DataBase64) is not valid base64.',
  'books.importRejected':
    'File "{{file}}" not imported: {{count}} rows are not valid ({{rows}}). No row was written. Fix these rows, or choose "skip rows with errors" to import only the {{accepted}} valid rows.',
  'books.importNumberRowSkipped': 'The column-number row "(1) (2) ..." under the heading row was skipped.',
  'books.importTypeInferred': '{{count}} rows have no Type column: the document type was inferred from the subject or the symbol.',
  'books.importTypeDefaulted': '{{count}} rows have no recognisable document type: recorded as an official letter.',
  'books.importGap':
    'Year {{year}}: {{gaps}} numbers are missing from the imported series (rows refused, or numbers skipped in the old book).',
  'books.importGapInSeries':
    'Year {{year}} ({{series}}): {{gaps}} numbers are missing from the imported series (rows refused, or numbers skipped in the old book).',
  'booksRow.dateInvalid': '{{field:importField}}: the date is not valid.',
  'booksRow.serialOutOfRange': '{{field:importField}}: "{{value}}" is not a date (an Excel day number outside 1945-2100).',
  'booksRow.twoDigitYear': '{{field:importField}}: "{{value}}" has a 2-digit year; write all 4 digits (dd/mm/yyyy).',
  'booksRow.badDate': '{{field:importField}}: {{inner}}',
  'booksRow.badYear': '{{field:importField}}: the year {{year}} is not valid.',
  'booksRow.missing': '{{field:importField}} is missing.',
  'booksRow.tooLong': '{{field:importField}} is {{length}} characters long, at most {{max}} (Decree 30/2020, Appendix VI).',
  'booksRow.notInteger': '{{field:importField}} "{{value}}" is not a whole number.',
  'booksRow.tooLarge': '{{field:importField}} {{value}} is too large.',
  'booksRow.signerNameTooLong': "The signer's full name is longer than 50 characters.",
  'booksRow.signerPositionTooLong': "The signer's position is longer than 100 characters.",
  'booksRow.badUrgency': 'The urgency "{{value}}" is not valid (normal, urgent, very urgent or flash, as the register writes them).',
  'booksRow.badMedium': 'The medium "{{value}}" is not valid (paper or electronic, as the register writes them).',
  'booksRow.badConfidentiality': 'The confidentiality "{{value}}" is not valid.',
  'booksRow.stateSecret':
    'A {{value}} document is not imported into this register: classified documents are registered in the state-secret register (Decree 30/2020, Articles 16.3 and 22.4).',
  'booksRow.unknownType': 'The type "{{value}}" is not in the list of document types.',
  'booksRow.arrivalInFuture': 'The arrival date {{date}} is in the future.',
  'booksRow.arrivalNumberTooSmall': 'The arrival number must be 1 or more.',
  'booksRow.legalType': '{{type}} is a legal normative document, not part of the administrative outgoing register.',
  'booksRow.missingOutgoingNumber': 'The outgoing number or symbol is missing (for example 15/QĐ-UBND).',
  'booksRow.outgoingNumberNotInteger': 'The outgoing number "{{value}}" must be a whole number.',
  'booksRow.numberTooSmall': 'The document number must be 1 or more.',
  'booksRow.issuedInFuture': 'The document date {{date}} is in the future.',
  'booksRow.recipientTooLong': 'A recipient is longer than 200 characters (separate recipients with ";").',
  'booksRow.duplicateIncoming': 'Arrival number {{number}} of {{year}} repeats row {{first}} of the file.',
  'booksRow.duplicateOutgoing': 'Number {{code}} ({{series:outgoingSeries}}) of {{year}} repeats row {{first}} of the file.',
  'booksRow.takenIncoming': 'Arrival number {{number}} of {{year}} is already in the register; a number once given is not given again.',
  'booksRow.takenOutgoing':
    'Number {{code}} ({{series:outgoingSeries}}) of {{year}} is already in the register; a number once given is not given again.',
  'books.importNothing': 'File "{{file}}" has no row that can be imported.',
  'books.reprintOtherRange':
    'Volume {{volume}} of {{year}} was locked for {{from}} – {{to}}; it is not reprinted for other dates. Leave out the dates to reprint the locked volume exactly.',
  'books.numberNotIssued': 'Number {{number}} has not been given yet in {{year}}; only numbers already given can be locked.',
  'books.overlapsLocked':
    'This range overlaps locked volume {{volumes}} of {{year}}; each document is printed in one volume only. Choose a range that starts after the locked volume.',
  'books.incomingOneSeries':
    'The incoming register has one series of incoming numbers (and the secret series "den-mat"); no other series can be chosen.',
  'books.secretNoLock':
    'The secret-document register is only printed as a copy to keep under the state-secret rules; it is not locked and its volumes are not numbered.',
  'books.volumeNotLockedIncoming': 'The incoming register has no locked volume {{volume}} of {{year}}.',
  'books.volumeNotLockedOutgoing': 'The outgoing register has no locked volume {{volume}} of {{year}}.',
  'books.snapshotTampered':
    'The saved copy of volume {{volume}} of {{year}} ({{book:bookName}}) no longer matches its hash: the data was changed outside the software.',
  'books.reprintFontMissing':
    'Volume {{volume}} of {{year}} ({{book:bookName}}) cannot be reprinted exactly as locked: this computer lacks the font "{{font}}" it used and the file store no longer has the saved PDF.',
  'books.lockOpenRange':
    'Only a finished range can be locked: the end date {{to}} has not passed (today is {{today}}). Documents can still be registered in this range; print a preview or lock it later.',
  'books.nextVolume': 'The next volume of {{book:bookName}} for {{year}} is {{next}}; volumes are numbered continuously within the year.',
  'books.lockedElsewhere': 'Another session has just locked this volume ({{book:bookName}}); reload the list of volumes and print again.',
  'books.volumeNotLocked': 'There is no locked volume {{volume}} of {{year}} of {{book:bookName}}.',
  'books.overlapsLockedBook':
    'This range overlaps locked volume {{volumes}} of {{year}} ({{book:bookName}}); choose a range that starts after the locked volume.',
  'books.fontsMissing':
    'No font to print the books: this computer has no Times New Roman with full Vietnamese marks and the Liberation Serif fonts shipped with the software are missing (LiberationSerif-Regular/Bold/Italic.ttf in {{folder}}). Reinstall vanthu or install Times New Roman.',
  'books.fontsMissingNoResources':
    'No font to print the books: this computer has no Times New Roman with full Vietnamese marks and the Liberation Serif fonts shipped with the software are missing (LiberationSerif-Regular/Bold/Italic.ttf; the resources folder was not found). Reinstall vanthu or install Times New Roman.',
};
