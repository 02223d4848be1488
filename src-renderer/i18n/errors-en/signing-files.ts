/**
 * English error texts — signing: the PDF and image files to sign, the signature placement and stamp,
 * the timestamp server and the settings. Merged in ../errors.en.ts.
 */
import type { SIGNING_FILES_TEXTS } from '../../../src-shared/rpc/error-texts/signing-files';

export const SIGNING_FILES_EN: Readonly<Record<keyof typeof SIGNING_FILES_TEXTS, string>> = {
  'signing.writeFailed': 'Cannot write file "{{path}}": {{error}}.',
  'signing.folderMissing': 'Folder "{{folder}}" does not exist.',
  'signing.outputExists': 'File "{{path}}" already exists; choose another name or allow overwriting.',
  'signing.outputIsInput': 'The output file is the original file; allow overwriting to replace the original with the signed copy.',
  'signing.tsaUrlInvalid': 'The timestamp server address "{{url}}" is not valid.',
  'signing.tsaUrlScheme': 'The timestamp server must use http:// or https://.',
  'signing.tsaHttpError': 'The timestamp server answered with HTTP error {{status}}.',
  'signing.tsaUnreachable': 'Cannot connect to the timestamp server {{host}}: {{error}}',
  'signing.tsaBadReply': 'The timestamp server returned invalid data.',
  'signing.tsaUnreadable': "The timestamp server's answer cannot be read.",
  'signing.tsaRefused': 'The timestamp server refused the request (status {{status}}).',
  'signing.tsaImprintMismatch': 'The timestamp does not match the signature.',
  'signing.tsaNonceMismatch': "The timestamp does not carry the request's nonce.",
  'signing.pkcs11jsMissing': 'Cannot load the pkcs11js signing component ({{error}}). Reinstall the application.',
  'signing.trustDirMissing': 'Trusted certificate folder "{{folder}}" does not exist.',
  'signing.verifyUnreadable': 'The PDF file is damaged: its structure cannot be read to check the signatures.',
  'signing.verifyNotPdf': 'The file is not a PDF (no %PDF- header): its signatures cannot be checked.',
  'signing.pdfTooBig': '{{label:fileLabel}}: the file is too large ({{size}} MB, at most {{max}} MB).',
  'signing.pdfNotPdf': '{{label:fileLabel}}: not a PDF file (no %PDF- header).',
  'signing.pdfTruncated':
    '{{label:fileLabel}}: the PDF file is truncated or its end is damaged (no startxref/%%EOF). Get the original again.',
  'signing.pdfBrokenXref':
    "{{label:fileLabel}}: the PDF's cross-reference table (xref) is damaged; signing this file would produce a broken file. Export the PDF again from the word processor.",
  'signing.pdfEncrypted':
    '{{label:fileLabel}}: the PDF is encrypted / password-protected; it cannot be signed. Remove the password, then sign again.',
  'signing.pdfUnreadable': '{{label:fileLabel}}: the PDF structure cannot be read ({{error}}).',
  'signing.pdfNoPages': '{{label:fileLabel}}: the PDF has no pages.',
  'signing.pdfTooManyPages':
    '{{label:fileLabel}}: the PDF has {{pages}} pages, over the limit of {{max}} pages per signing. Split the file.',
  'signing.pdfCertifiedNoChanges':
    '{{label:fileLabel}}: the document carries a certifying signature that allows no changes; another signature would invalidate it.',
  'signing.pageMissing': 'Page {{page}} does not exist (the document has {{pages}} pages).',
  'signing.rectOutsidePage': 'The signature area {{rect}} lies outside the page ({{width}}×{{height}} pt).',
  'signing.signerNameNotFound':
    'The signer\'s name "{{name}}" was not found in the document\'s text layer. Choose where to place the signature (--page, --rect).',
  'signing.signerNameNotFoundOnPage':
    'The signer\'s name "{{name}}" was not found in the document\'s text layer (page {{page}}). Choose where to place the signature (--page, --rect).',
  'signing.sealNoSize':
    "The seal image does not record its real size (pHYs/DPI). Enter the seal's diameter (mm) so that it shows at its real size as Appendix I requires.",
  'signing.noSignerSignature':
    "The document has no digital signature of the competent person yet; the records clerk only adds the agency's signature to a document the competent person has signed (Article 32, Decree 30/2020). A position can be given with --page/--rect.",
  'signing.reserveTooSmall': 'The signature ({{size}} bytes) exceeds the reserved {{reserved}} bytes.',
  'signing.stampNumberInvalid': 'Number and symbol "{{stamped}}": {{inner}}',
  'signing.numberAfterSignature':
    'The document is already signed: the number and date of issue must be written together with the first signature (writing them later would invalidate the existing signature).',
  'signing.numberAlreadyFilled': 'The line "{{line}}" on page 1 already has a number; a given number is not overwritten.',
  'signing.numberLineMissing': 'No empty "Số:      /…" (number) line was found on page 1 to write the document number.',
  'signing.notationMismatch': 'The notation "{{notation}}" does not match the notation printed on the document "/{{printed}}".',
  'signing.dateLineMissing': 'No empty "…, ngày … tháng … năm …" (date) line was found on page 1 to write the date of issue.',
  'signing.yearMismatch': 'The year printed on the document ({{printed}}) differs from the year of the date of issue ({{year}}).',
  'signing.pngTooBig':
    '{{label:fileLabel}}: the image is not valid — the file is too large ({{size}} KB, at most {{max}} MB). A PNG with a transparent background is needed.',
  'signing.pngNotPng': '{{label:fileLabel}}: the image is not valid — not a PNG file. A PNG with a transparent background is needed.',
  'signing.pngBadSize':
    '{{label:fileLabel}}: the image is not valid — its size {{width}}×{{height}} pixels is out of bounds. A PNG with a transparent background is needed.',
  'signing.inputNotFound': '{{label:fileLabel}}: file "{{path}}" not found.',
  'signing.inputNotAFile': '{{label:fileLabel}}: "{{path}}" is not a file.',
  'signing.inputTooBig': '{{label:fileLabel}}: file "{{path}}" is too large (at most {{max}} MB).',
  'signing.attachmentNeedsNumber': 'An attachment needs the number and notation of the main document (Appendix I.II.8.b).',
  'signing.selfCheckFailed': 'The check of the new signature failed ({{verdict}}); the file was not written.',
  'signing.selfCheckMissing': 'The check of the new signature failed (the signature was not found); the file was not written.',
  'signing.changedSignedPart': 'The new signature changes the signed part of {{fields}}; the file was not written.',
  'signing.existingSignatureBroken':
    '{{label:fileLabel}}: a signature already on the document is no longer intact ({{problems}}); not adding another.',
  'signing.storedFileNotFound': 'There is no file {{sha}}… in the file store.',
  'signing.storedImageNotFound': 'There is no {{what}} {{sha}}… in the file store.',
  'signing.storedNotPdf': 'File {{name}} is not a PDF; only PDF files can be signed.',
  'signing.storedTooBig': 'The file is too large to sign ({{size}} MB).',
  'signing.storedNotPng': '{{label:fileLabel}}: file {{sha}}… is not a PNG image.',
  'signing.imageNotTransparent':
    '{{label:fileLabel}}: the image has no transparent background. Appendix I of Decree 30/2020 requires a PNG with a transparent background (export the image again with an alpha channel).',
  'signing.noSignerImage':
    'No signature image of the competent person yet: upload a PNG with a transparent background under "Signature and seal images".',
  'signing.noSealImage': 'No seal image of the agency yet: upload a PNG with a transparent background under "Signature and seal images".',
  'signing.moduleNotFound':
    'PKCS#11 library "{{path}}" was not found on this computer. Check the path or install the vendor\'s token software.',
  'signing.moduleUnknown':
    'PKCS#11 library "{{path}}" is not in the list of known libraries. An administrator adds another library with: vanthu token-module --add <path>.',
  'signing.imageNotBase64': '{{label:fileLabel}}: the content is not valid base64.',
};
