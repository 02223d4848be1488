/**
 * English error texts — the file store (import, purge), the holiday calendar and the release antivirus
 * check. Merged in ../errors.en.ts.
 */
import type { FILES_TEXTS } from '../../../src-shared/rpc/error-texts/files';

export const FILES_EN: Readonly<Record<keyof typeof FILES_TEXTS, string>> = {
  'files.alreadyPurged': 'This file was purged from the store at {{at}} ({{by}}: {{reason}}).',
  'files.notBase64': 'The file content (dataBase64) is not valid base64.',
  'files.tooBigForDirect': 'The file is too large to send directly (at most {{max}} MB).',
  'files.purgeNeedsAdmin':
    'Purging a file from the window needs a signed-in administrator account. Create accounts (Settings › Accounts) or use the command "vanthu purge <file id> --reason …".',
  'calendar.unknownRules': 'There is no rest-day rule "{{rules}}".',
  'calendar.noticeNotBase64': 'Notice file: the content is not valid base64.',
  'calendar.versionNotFound': "Calendar version {{id}} not found: this deadline was not computed by this data folder's calendar.",
  'calendar.noticeNotJson': 'File "{{name}}" is not valid JSON: {{error}}',
  'calendar.noticeWrongShape': 'File "{{name}}" does not follow the notice template: {{issues}}',
  'calendar.noticeTooManyRows': 'The notice file has {{rows}} lines, over the {{max}}-line limit.',
  'calendar.noticeBadYear': 'Line {{line}}: year "{{value}}" is not a number.',
  'calendar.noticeBadDate': 'Line {{line}}: "{{value}}" is not a date (YYYY-MM-DD or dd/mm/yyyy).',
  'calendar.noticeNoReason': 'Line {{line}}: the reason for {{date}} is missing.',
  'calendar.noticeBadKind': 'Line {{line}}: kind "{{value}}" is unknown; write "off" or "work".',
  'calendar.noticeNoYear': 'File "{{name}}" gives no year (a line "Year | 2027").',
  'calendar.noticeNoSource': 'File "{{name}}" gives no number and notation of the notice (a line "Source | 1234/TB-BNV").',
  'calendar.noticeInvalid': 'File "{{name}}": {{issues}}',
  'files.tooLarge': 'The file is too large ({{mb}} MB); the limit is {{max}} MB.',
  'files.namedTooLarge': 'File "{{name}}" is too large ({{mb}} MB); the limit is {{max}} MB.',
  'files.pathNotFound': 'File "{{path}}" not found.',
  'files.pathNotAFile': '"{{path}}" is not a file.',
  'files.pathUnreadable': 'Cannot read file "{{path}}": {{error}}.',
  'files.pdfEmpty': 'The file is empty (0 bytes), not a PDF document.',
  'files.notPdf': 'The file is not a PDF (no "%PDF-" header). Choose a document in PDF form.',
  'files.pdfTruncated': 'The PDF is truncated or not fully downloaded (no "%%EOF" end mark). Get the complete file again.',
  'files.pdfPassword': 'The PDF is password-protected (encrypted); it cannot be stored and searched. Ask for a copy without a password.',
  'files.pdfDamaged': 'The PDF is damaged and cannot be read ({{error}}).',
  'files.pdfEncrypted':
    'The PDF is encrypted (an owner password restricts it); it cannot be stamped, signed or archived. Ask for an unencrypted copy.',
  'files.pdfTooManyPages': 'The PDF has {{pages}} pages, over the {{max}} pages allowed.',
  'files.pdfPageDamaged': 'The PDF is damaged; a page cannot be read ({{error}}).',
  'safety.secretOverHub':
    'A {{level:confidentiality}} document may not be sent through the exchange hub: classified documents travel only as the state-secrets law allows (on paper, by courier, or over a network approved for secrets).',
  'safety.restrictedNeedsConfirm':
    'Document {{number}} is marked "{{restriction:channelRestriction}}": the agency\'s rules restrict sending this kind electronically. Confirm if it should still go through the hub.',
  'safety.restrictedNeedsConfirmUnnumbered':
    'The document is marked "{{restriction:channelRestriction}}": the agency\'s rules restrict sending this kind electronically. Confirm if it should still go through the hub.',
  'safety.infected': 'File "{{name}}" is infected ({{signature}}, per {{engine}}); {{purpose:scanRefused}}.',
  'safety.infectedUnnamed': 'File "{{name}}" is infected (unnamed threat, per {{engine}}); {{purpose:scanRefused}}.',
  'safety.scanBlocked':
    'File "{{name}}" could not be virus-checked ({{why:scanUnavailable}}); under the agency\'s settings {{purpose:scanBlocked}}.',
  'safety.withheldRecalled':
    'The file belongs to incoming document no. {{number}}{{notation}}, recalled on {{date}} (reason: {{reason}}). Files of a recalled document can no longer be viewed or downloaded; its details stay in the register.',
  'safety.attachmentRefused': 'Attachment "{{name}}" was refused: {{inner}}',
  'safety.releaseNotInStore': 'There is no file {{sha}} in the store; it cannot be sent or released.',
};
