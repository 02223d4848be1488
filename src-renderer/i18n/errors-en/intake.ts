/**
 * English error texts — intake: scan batches, imported files, page edits, the ĐẾN stamp, OCR and the
 * antivirus check. Merged in ../errors.en.ts.
 */
import type { INTAKE_TEXTS } from '../../../src-shared/rpc/error-texts/intake';

export const INTAKE_EN: Readonly<Record<keyof typeof INTAKE_TEXTS, string>> = {
  'intake.ocrOneSource': 'Choose exactly one source to recognise: path, sha256 or batchId.',
  'intake.fileNotInStore': 'There is no file {{sha}} in the store.',
  'intake.stampFontMissing': 'No Vietnamese font (Times/Liberation Serif) was found to print the ĐẾN (received) stamp.',
  'intake.stampRotated': 'Page 1 is rotated; save the PDF upright before applying the ĐẾN (received) stamp.',
  'intake.stampNoAgency': 'No agency profile yet: run "vanthu init" (or the first-run wizard) before applying the ĐẾN (received) stamp.',
  'intake.infected': 'File "{{name}}" is infected with malware ({{signature}}); it was refused and moved to quarantine.',
  'intake.avTooBig':
    'File "{{name}}" could not be checked for viruses (it is larger than the antivirus scan limit); under the agency\'s settings, the file is not accepted.',
  'intake.avNone':
    'File "{{name}}" could not be checked for viruses (no antivirus is configured); under the agency\'s settings, the file is not accepted.',
  'intake.avNoAnswer':
    'File "{{name}}" could not be checked for viruses (the antivirus ({{engine}}) did not answer: {{error}}); under the agency\'s settings, the file is not accepted.',
  'intake.sourceNoDevice': 'Scan source "{{source}}" lacks a device name.',
  'intake.esclAddress': 'The eSCL scanner address "{{address}}" must start with http:// or https://.',
  'intake.sourceInvalid':
    'Scan source "{{source}}" is not valid; use sane:<device>, escl:<address>, naps2:<driver>:<name> or wia:<device>.',
  'intake.batchBusy': 'The scan batch is being processed; wait for it to finish or cancel first.',
  'intake.batchEmpty': 'The scan batch has no pages yet.',
  'intake.assembleCancelled': "Making the PDF was cancelled; the batch's pages are untouched.",
  'intake.noHotFolder': 'No scan folder (hot folder) is set in the intake settings.',
  'intake.ocrNoImages': 'The scan batch has no image page to recognise.',
  'intake.fileMissing': 'file not found.',
  'intake.notAFile': 'not a file.',
  'intake.fileEmpty': 'the file is empty (0 bytes).',
  'intake.fileTooBig': 'the file is too large ({{size}} MB); at most {{max}} MB per file. Split it into several files.',
  'intake.fileTypeUnsupported': 'not a PDF, JPEG, PNG or TIFF file.',
  'intake.fileFakePdf': 'not a PDF, JPEG, PNG or TIFF file (it ends in .pdf but its content is not PDF).',
  'intake.pdfTooManyPages': 'it has {{pages}} pages, more than the {{max}} pages of one import.',
  'intake.pdfDamaged': "the PDF's structure is damaged (only {{read}}/{{pages}} pages can be read). Get the original again.",
  'intake.imageNoSize': 'the image size cannot be read.',
  'intake.imageTooLarge': 'the image is too large: {{width}} × {{height}} pixels, over the limit of {{max}} million pixels per page.',
  'intake.imageOverLimit': 'the image is too large (over the limit of {{max}} million pixels per page).',
  'intake.imageWrongFormat':
    'cannot be read: the content does not match the image format of the file name (JPEG, PNG, TIFF). Scan or export the image again.',
  'intake.imageDamaged': 'the image is damaged or truncated (not fully downloaded) and cannot be read. Scan or copy the file again.',
  'intake.imageTooManyPages': 'it has {{pages}} pages, more than the {{max}} pages of one import. Split the file into several parts.',
  'intake.batchIdInvalid': 'Scan batch id "{{id}}" is not valid.',
  'intake.batchNotFound': 'There is no scan batch {{id}}.',
  'intake.batchBusyEdit': 'The scan batch is being scanned or processed; wait for it to finish or cancel before editing.',
  'intake.batchDiscarded': 'The scan batch was discarded.',
  'intake.batchNotInterrupted': 'The scan batch is not interrupted (its state is "{{status}}").',
  'intake.batchBusyCancel': 'The scan batch is being scanned or processed; cancel that first.',
  'intake.hotFolderUnreadable': 'Cannot read the scan folder "{{folder}}".',
  'intake.assembleNoPages': 'The scan batch has no page to make a PDF from.',
  'intake.assembleAborted': 'Making the PDF was cancelled.',
  'intake.sourcePdfDamaged':
    'Page "{{page}}": the original PDF\'s structure is damaged, so this page cannot be copied into the new PDF. Get the original again or print it to PDF again.',
  'intake.rasterCancelled': "Reading the PDF's pages was cancelled.",
  'intake.pagesMissing': 'Pages {{pages}} are not in the scan batch.',
  'intake.orderIncomplete': 'The new order must list all {{count}} pages, each once.',
  'intake.moveBeforeSelf': 'A page cannot be moved before itself.',
  'intake.flagDateNotReal': 'Read the date "{{read}}", but this date does not exist: {{inner}}',
  'intake.flagNotationRepaired':
    'The symbol read was "{{read}}"; it was corrected to "{{repaired}}" to match the type "{{title}}". Please check it.',
  'intake.flagTypeMismatch': 'The type "{{type}}" does not match the abbreviation in the symbol ({{fromNotation}}).',
  'intake.flagSecretStamp':
    'Page 1 bears the classification stamp "{{stamp}}": classified documents are registered in a separate register (classified arrival numbers) and are not sent through the exchange hub; please check the stamp on the original.',
  'intake.flagTooLong': 'The value read for {{field}} is longer than Appendix VI allows; please check it.',
};
